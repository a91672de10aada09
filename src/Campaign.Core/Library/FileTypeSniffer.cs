using System.IO.Compression;
using PdfSharp.Pdf.IO;

namespace Campaign.Library;

/// <summary>A file the library accepts: the type read from its bytes and, for a PDF, its page count.</summary>
public sealed record SniffedFile(string ContentType, int? PageCount);

/// <summary>
/// Decides what a file is from its bytes, never from its name or the browser's claim: PDF, DOCX, PNG or JPEG. A file whose
/// name promises another type is refused, so a download's extension always matches what it opens as. A PDF must also open
/// in PDFsharp (the pack appendices read it with the same library), and must not need a password to do so.
/// </summary>
public static class FileTypeSniffer
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>What the file input offers to pick.</summary>
    public const string Accept = ".pdf,.docx,.png,.jpg,.jpeg";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf, [".docx"] = Docx, [".png"] = Png, [".jpg"] = Jpeg, [".jpeg"] = Jpeg,
    };

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>The file's type, or a sentence naming the file and what is wrong with it.</summary>
    public static (SniffedFile? File, string? Problem) Check(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (!ByExtension.TryGetValue(Path.GetExtension(name), out var promised))
            return (null, $"{name} cannot go in the library: it accepts PDF, Word (.docx), PNG and JPEG files only.");
        var actual = Identify(content);
        if (actual != promised)
            return (null, $"{name} is not {Describe(promised)}: {(actual is null ? $"it is {Unrecognised(content)}" : $"it is {Describe(actual)}")}.");
        if (actual != Pdf) return (new SniffedFile(actual, null), null);
        return PdfCheck(name, content);
    }

    /// <summary>The accepted type these bytes are, or null.</summary>
    public static string? Identify(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return Pdf;
        if (content.StartsWith(PngSignature)) return Png;
        if (content.StartsWith(JpegSignature)) return Jpeg;
        return null;
    }

    private static string? Identify(byte[] content) =>
        Identify(content.AsSpan()) ?? (IsZip(content) && IsWordDocument(content) ? Docx : null);

    private static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8);

    // A DOCX is a ZIP holding the Open XML package's content types and a main Word part.
    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string Unrecognised(byte[] content)
    {
        var span = content.AsSpan();
        if (span.Length == 0) return "empty";
        if (IsZip(span)) return "a ZIP archive";
        if (span.StartsWith("GIF8"u8)) return "a GIF image";
        if (span.StartsWith(OleSignature)) return "an older Office file (save it as .docx or PDF)";
        if (span.StartsWith("{\\rtf"u8)) return "a rich-text (RTF) file";
        return "of a type the library does not accept";
    }

    private static string Describe(string contentType) => contentType switch
    {
        Pdf => "a PDF",
        Docx => "a Word document (.docx)",
        Png => "a PNG image",
        _ => "a JPEG image",
    };

    private static (SniffedFile?, string?) PdfCheck(string name, byte[] content)
    {
        var needsPassword = false;
        try
        {
            using var document = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import, args =>
            {
                needsPassword = true;
                args.Abort = true;
            });
            return (new SniffedFile(Pdf, document.PageCount), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp reports damage with many exception types (even plain Exception); any of them means the appendix reader would fail too.
            return (null, needsPassword
                ? $"{name} is protected by a password. Upload a copy saved without one."
                : $"{name} cannot be read as a PDF: {e.Message.TrimEnd('.')}.");
        }
    }
}
