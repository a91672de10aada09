using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Xunit;

namespace Campaign.Testing;

/// <summary>Reads PDFs back with PdfPig, as a person would read them: text per page, whitespace collapsed.</summary>
public static class PdfText
{
    /// <summary>Each page's text in content order, line breaks kept (PdfPig's page.Text would drop them).</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    /// <summary>Each page's text, whitespace collapsed.</summary>
    public static List<string> Pages(byte[] pdf) => PageTexts(pdf).Select(Squash).ToList();

    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

    /// <summary>Collapses whitespace so assertions do not depend on how the extractor spaces words.</summary>
    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text from one heading up to the next (or the end): what a section of the pack says.</summary>
    public static string Between(string text, string from, string? to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{from}\" not found in the PDF text.");
        var end = to is null ? text.Length : text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.True(end >= 0, $"\"{to}\" not found after \"{from}\" in the PDF text.");
        return text[start..end];
    }

    /// <summary>qpdf --check's exit code (0: clean, 3: warnings) and output; skips when qpdf is not installed.</summary>
    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/qpdf")) Assert.Skip("qpdf is not installed (apt-get install -y qpdf).");
        var path = Path.Combine(Path.GetTempPath(), $"campaign-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
