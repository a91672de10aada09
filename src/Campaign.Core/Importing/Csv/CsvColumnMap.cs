namespace Campaign.Importing.Csv;

/// <summary>
/// Which column of the file feeds each field. Headings are matched to field names and their aliases ignoring
/// case, spaces, hyphens and underscores ("Given name" → GivenName); the person importing can change any of it.
/// </summary>
internal sealed class CsvColumnMap
{
    private readonly Dictionary<string, int> _columns;

    private CsvColumnMap(Dictionary<string, int> columns) => _columns = columns;

    public int? IndexOf(string field) => _columns.TryGetValue(field, out var index) ? index : null;

    public bool Has(string field) => _columns.ContainsKey(field);

    public IEnumerable<string> MappedFields => _columns.Keys;

    public static CsvColumnMap Create(IReadOnlyList<CsvField> fields, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string?>? chosen, List<ImportProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (chosen is not null && chosen.TryGetValue(field.Name, out var heading))
            {
                if (string.IsNullOrWhiteSpace(heading)) continue;
                var index = FindExact(headers, heading);
                if (index is null) problems.Add(ImportProblem.File($"The column \"{heading}\" chosen for {field.Name} is not in the file."));
                else columns[field.Name] = index.Value;
                continue;
            }
            if (Find(headers, field) is { } found) columns[field.Name] = found;
        }

        if (columns.Count == 0)
        {
            var names = string.Join(", ", fields.Where(f => f.Required).Select(f => f.Name));
            problems.Add(ImportProblem.File(
                $"The first row should hold the column headings ({names}, …), but none of its cells is a column this import knows. " +
                "Download the template to see the headings, or choose a column for each field."));
            return new CsvColumnMap(columns);
        }
        foreach (var missing in fields.Where(f => f.Required && !columns.ContainsKey(f.Name)))
            problems.Add(new ImportProblem(null, missing.Name, "the file has no column for this required field: add one, or choose which column holds it"));
        return new CsvColumnMap(columns);
    }

    private static int? FindExact(IReadOnlyList<string> headers, string heading)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], heading.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        }
        return null;
    }

    private static int? Find(IReadOnlyList<string> headers, CsvField field)
    {
        var wanted = field.Aliases.Prepend(field.Name).Select(Normalise).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (wanted.Contains(Normalise(headers[i]))) return i;
        }
        return null;
    }

    private static string Normalise(string heading) =>
        new(heading.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
