using System.Diagnostics;
using Campaign.Documents.Tests.Support;
using Campaign.Testing;

namespace Campaign.Documents.Tests.Rendering;

public sealed class SampleRenderingTests
{
    [Fact]
    public void Sample_document_renders()
    {
        var pdf = new SampleDocument().GeneratePdf();

        var path = Path.Combine(AppContext.BaseDirectory, "sample.pdf");
        File.WriteAllBytes(path, pdf);
        TestContext.Current.SendDiagnosticMessage($"sample: {path} ({pdf.Length} bytes)");

        Assert.True(PdfText.PageTexts(pdf).Count >= 2);
    }
}
