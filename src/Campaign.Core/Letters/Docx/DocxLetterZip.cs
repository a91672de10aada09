using System.IO.Compression;
using System.Text;

namespace Campaign.Letters.Docx;

/// <summary>A mail merge's letters as one .docx each, in a zip: each named after its recipient, numbered so none clash.</summary>
public static class DocxLetterZip
{
    public static void Write(IEnumerable<(string Recipient, LetterContent Letter)> letters, Stream output, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var count = 0;
        foreach (var (recipient, letter) in letters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            // Already compressed inside: deflating a .docx again costs time and saves almost nothing.
            var entry = zip.CreateEntry(FileName(count, recipient), CompressionLevel.NoCompression);
            // The Open XML SDK needs a stream it can read and seek; a zip entry being written is neither.
            var docx = DocxLetterWriter.Write(letter);
            using (var stream = entry.Open()) stream.Write(docx);
            progress?.Report(count);
        }
    }

    public static string FileName(int number, string recipient)
    {
        var safe = new StringBuilder();
        foreach (var c in recipient.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '-') safe.Append(c);
            else if (c is not ('\'' or '’')) safe.Append('-');
        }
        var name = string.Join('-', safe.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"{number:000}-{(name.Length == 0 ? "letter" : name[..Math.Min(name.Length, 80)])}.docx";
    }
}
