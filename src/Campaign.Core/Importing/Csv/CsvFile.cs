using CsvHelper;

namespace Campaign.Importing.Csv;

/// <summary>One data row: its number as a spreadsheet shows it (the header is row 1) and its cells.</summary>
internal sealed record CsvRecord(int Row, string[] Values);

/// <summary>
/// An uploaded CSV file read with CsvHelper: headings and rows, trimmed, blank rows dropped, and the leading
/// apostrophe our exports put before formula characters taken off again so an export imports back unchanged.
/// </summary>
internal sealed class CsvFile
{
    /// <summary>Characters a spreadsheet runs as a formula at the start of a cell; exports escape them with '.</summary>
    public const string FormulaCharacters = "=+-@\t\r\n";

    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<CsvRecord> Records { get; init; }
    public required string Encoding { get; init; }

    /// <exception cref="ImportRefusedException">Too large, empty, not text, malformed or with too many rows.</exception>
    public static CsvFile Read(UploadedFile file, IProgress<CsvImportProgress>? progress, CancellationToken cancellationToken)
    {
        var text = ImportText.Decode(file);
        if (text.Text.TrimStart() is ['{' or '[', ..])
            throw Refused("This is a JSON file, not CSV. Parliament Members API and written-question files are imported under Parliament members and Written questions.");
        // CsvHelper chooses the separator from the first lines: "," usually, ";" from Excel in some locales.
        using var reader = CsvReader.FromText(text.Text, CsvReaderOptions.Default with { MalformedData = CsvMalformedDataHandling.Throw });
        try
        {
            var headers = reader.Headers.Select(h => h.Trim()).ToList();
            if (headers.Count == 0 || headers.All(h => h.Length == 0)) throw Refused("The file has no header row.");
            if (headers.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1) is { } twice)
                throw Refused($"The column heading \"{twice.Key}\" appears {twice.Count()} times: each column needs its own heading.");

            var records = new List<CsvRecord>();
            var estimate = Math.Max(1, text.Text.Length / Math.Max(1, text.Text.IndexOf('\n') + 1));
            while (reader.Read())
            {
                var values = new string[reader.FieldCount];
                var blank = true;
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Clean(reader.GetString(i));
                    blank &= values[i].Length == 0;
                }
                if (blank) continue;
                if (records.Count == ImportLimits.MaxRows) throw new ImportRefusedException(ImportLimits.TooManyRows());
                records.Add(new CsvRecord((int)reader.RowNumber + 1, values));
                if (records.Count % 5000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new CsvImportProgress("Reading", records.Count, Math.Max(estimate, records.Count)));
                }
            }
            return new CsvFile { Headers = headers, Records = records, Encoding = text.EncodingName };
        }
        catch (CsvFormatException ex)
        {
            var row = ex.RecordNumber > 0 ? $"Row {ex.RecordNumber}: " : "";
            throw Refused($"{row}the file is not valid CSV ({ex.Message.TrimEnd('.')}). A quote mark may be missing: check the row in a spreadsheet.");
        }
    }

    /// <summary>Trims a cell, and removes the ' an export put in front of a formula character.</summary>
    public static string Clean(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 1 && trimmed[0] == '\'' && FormulaCharacters.Contains(trimmed[1]) ? trimmed[1..] : trimmed;
    }

    private static ImportRefusedException Refused(string reason) => new(ImportProblem.File(reason));
}
