using CsvHelper;

namespace Campaign.Importing;

/// <summary>A CSV file read into rows keyed by header, each with its 1-based data row number for messages.</summary>
public sealed class CsvTable
{
    public required string FileName { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<CsvTableRow> Rows { get; init; }

    public static CsvTable Load(string path)
    {
        using var reader = CsvReader.FromFile(path);
        var rows = new List<CsvTableRow>();
        IReadOnlyList<string> headers = [];
        while (reader.Read())
        {
            if (headers.Count == 0) headers = reader.Headers.ToArray();
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Count; i++)
                values[headers[i]] = i < reader.FieldCount ? reader.GetString(i).Trim() : "";
            rows.Add(new CsvTableRow(Path.GetFileName(path), (int)reader.RowNumber, values));
        }
        return new CsvTable { FileName = Path.GetFileName(path), Headers = headers, Rows = rows };
    }
}

public sealed record CsvTableRow(string FileName, int RowNumber, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string column] => Values.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

    public string Required(string column) => this[column] ?? throw Error(column, "is empty");

    public T Enum<T>(string column) where T : struct, System.Enum =>
        Common.EnumText.TryParse<T>(Required(column), out var value)
            ? value
            : throw Error(column, $"\"{this[column]}\" is not one of {Common.EnumText.Names<T>()}");

    public DateOnly? Date(string column) =>
        this[column] is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date
        : throw Error(column, $"\"{text}\" is not a date in the form yyyy-MM-dd");

    public int? Int(string column) =>
        this[column] is not { } text ? null
        : int.TryParse(text, out var value) ? value
        : throw Error(column, $"\"{text}\" is not a whole number");

    public IReadOnlyList<string> List(string column) =>
        (this[column] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public ImportException Error(string column, string reason) => new($"{FileName}, row {RowNumber}, column {column}: {reason}.");
}

public sealed class ImportException(string message) : Exception(message);
