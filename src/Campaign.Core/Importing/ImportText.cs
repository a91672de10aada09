using System.Text;

namespace Campaign.Importing;

/// <summary>The text of an uploaded file and the encoding it was read with.</summary>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns upload bytes into text. Excel saves "CSV UTF-8" with a byte order mark and plain "CSV" in Windows-1252,
/// and both are common: valid UTF-8 (with or without a BOM) is read as UTF-8, anything else as Windows-1252.
/// Binary files (workbooks, images, random bytes) are refused rather than read as nonsense.
/// </summary>
public static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>.NET ships only the Unicode encodings; the code-page provider (in the framework) adds 1252.</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <exception cref="ImportRefusedException">The file is too large, empty or not text.</exception>
    public static DecodedText Decode(UploadedFile file)
    {
        var bytes = file.Content;
        if (bytes.LongLength > ImportLimits.MaxFileBytes) throw new ImportRefusedException(ImportLimits.TooLarge(bytes.LongLength));

        var (text, encoding) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8(bytes.AsSpan(3)), "UTF-8 with BOM"),
            [0xFF, 0xFE, ..] => (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16"),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16"),
            _ => Utf8(bytes) is { } utf8 ? (utf8, "UTF-8") : (Windows1252.GetString(bytes), "Windows-1252"),
        };
        if (text is null) throw new ImportRefusedException(ImportProblem.File("The file starts with a UTF-8 byte order mark but is not UTF-8: save it again as CSV UTF-8."));

        if (string.IsNullOrWhiteSpace(text)) throw new ImportRefusedException(ImportProblem.File("The file is empty."));
        if (LooksBinary(bytes, text)) throw new ImportRefusedException(ImportProblem.File(BinaryMessage(bytes)));
        return new DecodedText(text, encoding);
    }

    private static string? Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Text files have no NUL characters and hardly any other control characters.</summary>
    private static bool LooksBinary(byte[] bytes, string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\t' or '\r' or '\n' or '\f')) control++;
        }
        return control > Math.Max(2, text.Length / 200) || bytes is [0x25, 0x50, 0x44, 0x46, ..]; // %PDF
    }

    private static string BinaryMessage(byte[] bytes) => bytes switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => "This looks like an Excel workbook or other zipped file, not a text file. In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload that.",
        [0x25, 0x50, 0x44, 0x46, ..] => "This is a PDF, not a data file.",
        _ => "The file is not text: it looks like a binary file (such as an image, a workbook or a damaged download).",
    };
}
