using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Campaign.Core.Tests.Briefings;

/// <summary>Reads PDFs back with PdfPig, as a person would read them: text per page, whitespace collapsed.</summary>
internal static class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Squash(ContentOrderTextExtractor.GetText(page))).ToList();
    }

    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

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

    /// <summary>qpdf --check's exit code and output (0: no problems); skips when qpdf is not installed.</summary>
    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/qpdf")) Assert.Skip("qpdf is not installed (apt-get install -y qpdf).");
        var path = Path.Combine(Path.GetTempPath(), $"campaign-pack-{Guid.NewGuid():N}.pdf");
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
