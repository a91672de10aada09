using System.Diagnostics;
using Campaign.Documents.Tests.Support;
using Campaign.Testing;

namespace Campaign.Documents.Tests.Rendering;

public sealed class LargeDocumentTests
{
    [Fact]
    public void A_fifty_page_document_with_tables_and_wrapped_text_renders_quickly()
    {
        var document = new LargeDocument(chapters: 34);
        document.GeneratePdf(); // warm-up: JIT and font caches

        var watch = Stopwatch.StartNew();
        var pdf = document.GeneratePdf();
        watch.Stop();

        var pages = PdfText.PageTexts(pdf);
        var report = $"{pages.Count} pages, {pdf.Length / 1024} KB, {watch.ElapsedMilliseconds} ms (warm)";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "large-document.txt"), report);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "large-document.pdf"), pdf);

        Assert.True(pages.Count >= 50, report);
        Assert.Contains($"{pages.Count} / {pages.Count}", PdfText.Squash(pages[^1]));
        Assert.Contains("Stakeholder 34.25", PdfText.Squash(pages[^1]));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), report);
        Assert.Equal(0, PdfText.QpdfCheck(pdf).ExitCode);
    }
}
