using Campaign.Importing.Csv;
using CsvHelper;

namespace Campaign.Exporting;

/// <summary>
/// How every CSV export is written: UTF-8 with a byte order mark (so Excel opens it as UTF-8, not Windows-1252),
/// and formula injection neutralised: a cell starting with = + - @ tab, CR or LF gets a leading ', which Excel
/// shows as text instead of running. The import takes that ' off again, so exports import back unchanged.
/// </summary>
public static class CsvExportFormat
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionCharacters = CsvFile.FormulaCharacters,
        InjectionEscape = '\'',
    };

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Writes a header and rows of text cells (dates and numbers already formatted) to UTF-8 bytes.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            writer.WriteRecord(header.ToArray());
            foreach (var row in rows) writer.WriteRecord(row);
        }
        return stream.ToArray();
    }

    public static string Date(DateOnly? date) => date?.ToString(CsvColumns.DateFormat) ?? "";

    public static string DateTime(DateTime? value) => value?.ToString(CsvColumns.DateTimeFormat) ?? "";

    public static string List(IEnumerable<string?> items) => string.Join(CsvColumns.ListSeparator + " ", items.Where(i => !string.IsNullOrEmpty(i)));
}
