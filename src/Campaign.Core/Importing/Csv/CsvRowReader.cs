using System.Globalization;

namespace Campaign.Importing.Csv;

/// <summary>
/// Reads one row's fields through the column map, checking each value and recording a problem (row, column,
/// reason) for each that is wrong, so a row's every mistake is reported at once rather than the first.
/// </summary>
internal sealed class CsvRowReader(CsvColumnMap map, ProblemList problems)
{
    private static readonly string[] DateFormats = [CsvColumns.DateFormat, "d/M/yyyy", "dd/MM/yyyy"];
    private static readonly string[] DateTimeFormats =
    [
        CsvColumns.DateTimeFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "d/M/yyyy HH:mm", "dd/MM/yyyy HH:mm",
        CsvColumns.DateFormat, "d/M/yyyy", "dd/MM/yyyy",
    ];

    private CsvRecord _record = new(0, []);
    private int _problemsAtStart;

    public int Row => _record.Row;

    /// <summary>Whether this row has had a problem since <see cref="Load"/>.</summary>
    public bool HasProblems => problems.Count > _problemsAtStart;

    public void Load(CsvRecord record)
    {
        _record = record;
        _problemsAtStart = problems.Count;
    }

    public bool Has(string field) => map.Has(field);

    public void Problem(string field, string reason) => problems.Add(new ImportProblem(Row, field, reason));

    /// <summary>The cell, or null when it is empty or the field has no column.</summary>
    public string? Text(string field, int? maxLength = null)
    {
        if (map.IndexOf(field) is not { } index || index >= _record.Values.Length) return null;
        var value = _record.Values[index];
        if (value.Length == 0) return null;
        if (maxLength is { } max && value.Length > max)
            Problem(field, $"is {value.Length:N0} characters long; the most is {max:N0}");
        return value;
    }

    public string? Required(string field, int? maxLength = null)
    {
        var value = Text(field, maxLength);
        if (value is null) Problem(field, "is empty");
        return value;
    }

    /// <summary>An enum by name, ignoring case and spaces ("Civil servant" is CivilServant); numbers are refused.</summary>
    public TEnum? Enum<TEnum>(string field, bool required = false) where TEnum : struct, Enum
    {
        var text = required ? Required(field) : Text(field);
        if (text is null) return null;
        if (EnumText.TryParseWords<TEnum>(text, out var value)) return value;
        Problem(field, $"\"{Clip(text)}\" is not one of {EnumText.Names<TEnum>()}");
        return null;
    }

    public DateOnly? Date(string field, bool required = false)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Problem(field, $"\"{Clip(text)}\" is not a date: use yyyy-MM-dd, e.g. 2026-03-31");
        return null;
    }

    public DateTime? DateTime(string field, bool required = false)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null) return null;
        if (System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        Problem(field, $"\"{Clip(text)}\" is not a date and time: use yyyy-MM-ddTHH:mm, e.g. 2026-03-31T14:30");
        return null;
    }

    public int? Int(string field, int min, int max)
    {
        if (Text(field) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Problem(field, max == int.MaxValue ? $"\"{Clip(text)}\" is not a whole number of at least {min}" : $"\"{Clip(text)}\" is not a whole number from {min} to {max}");
        return null;
    }

    public bool? Bool(string field)
    {
        if (Text(field) is not { } text) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1": return true;
            case "false" or "no" or "n" or "0": return false;
            default:
                Problem(field, $"\"{Clip(text)}\" is not true or false");
                return null;
        }
    }

    /// <summary>A ;-separated list, each item trimmed, empty items and repeats dropped.</summary>
    public IReadOnlyList<string> List(string field, int? maxItemLength = null)
    {
        var items = (Text(field) ?? "").Split(CsvColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (maxItemLength is { } max && items.FirstOrDefault(i => i.Length > max) is { } tooLong)
            Problem(field, $"\"{Clip(tooLong)}\" is {tooLong.Length:N0} characters long; the most is {max:N0}");
        return items;
    }

    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
