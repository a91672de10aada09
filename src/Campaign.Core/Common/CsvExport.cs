using CsvHelper;

namespace Campaign.Common;

/// <summary>
/// CSV for people to open in Excel: UTF-8 with a byte order mark (else Excel guesses the wrong encoding), and
/// formula injection neutralised (a text cell starting with = + - @ tab CR or LF gets a leading apostrophe).
/// </summary>
public static class CsvExport
{
    public const string InjectionCharacters = "=+-@\t\r\n";

    public static CsvWriterOptions Options { get; } = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionCharacters = InjectionCharacters,
        InjectionEscape = '\'',
    };

    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var writer = CsvWriter.Create(output, Options, leaveOpen: true);
        writer.WriteHeader(header.ToArray());
        foreach (var row in rows)
        {
            foreach (var field in row) writer.WriteField(field ?? "");
            writer.EndRecord();
        }
        writer.Flush();
    }

    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        Write(stream, header, rows);
        return stream.ToArray();
    }
}
