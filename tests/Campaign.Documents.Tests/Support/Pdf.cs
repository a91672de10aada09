using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Campaign.Documents.Tests.Support;

internal static class Pdf
{
    /// <summary>Each page's text in content order (PdfPig's page.Text would drop line breaks).</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    /// <summary>Collapses whitespace so assertions do not depend on how the extractor spaces words.</summary>
    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
