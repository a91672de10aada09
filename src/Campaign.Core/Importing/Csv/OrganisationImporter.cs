using Campaign.Organisations;

namespace Campaign.Importing.Csv;

/// <summary>
/// Organisations from CSV, matched to existing ones by name. A parent may be an organisation already in the
/// directory or one further down the same file; parents are linked once every row has its id.
/// </summary>
internal sealed class OrganisationImporter(CsvColumnMap map)
    : CsvImporter<OrganisationImporter.Row, string>(map, StringComparer.OrdinalIgnoreCase)
{
    internal sealed record Row(int Number, Organisation Organisation, string? ParentName) : CsvRow(Number);

    // Set by LoadAsync, before any row is read.
    private ImportReferences _references = null!;

    /// <summary>Rows whose parent is another row of the file.</summary>
    private readonly Dictionary<Row, Row> _parentRows = [];

    protected override async Task<bool> LoadAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        _references = await ImportReferences.LoadAsync(context.Db, null, cancellationToken);
        return true;
    }

    protected override Row Read(CsvRowReader reader, CsvPlanContext context)
    {
        var organisation = new Organisation
        {
            Name = reader.Required("Name") ?? "",
            ShortName = reader.Text("ShortName"),
            Kind = reader.Enum<OrganisationKind>("Kind", required: true) ?? OrganisationKind.Other,
            Website = reader.Text("Website"),
            Notes = reader.Text("Notes"),
        };
        if (organisation.Website is { } website &&
            !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            reader.Problem("Website", $"\"{CsvRowReader.Clip(website)}\" is not a web address starting https://");
        var parent = reader.Text("Parent");
        if (parent is not null && string.Equals(parent, organisation.Name, StringComparison.OrdinalIgnoreCase))
            reader.Problem("Parent", "an organisation cannot be its own parent");
        context.CheckLengths(reader, organisation);
        return new Row(reader.Row, organisation, parent);
    }

    protected override IEnumerable<(string Key, string Column, string Same)> Keys(Row row) => [(row.Organisation.Name, "Name", "name")];

    protected override (int Id, string MatchedOn, string Existing)? Existing(Row row) =>
        _references.FindOrganisation(row.Organisation.Name) is { } existing ? (existing, "name", row.Organisation.Name) : null;

    /// <summary>Parents: in the directory, or in this file (by name or short name), and not going round in a circle.</summary>
    protected override void Finish(CsvRowReader reader)
    {
        var inFile = Rows.SelectMany(r => new[] { r.Organisation.Name, r.Organisation.ShortName }.Where(n => n is not null).Select(n => (Name: n!, Row: r)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Row, StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows.Where(r => r.ParentName is not null).ToList())
        {
            if (inFile.TryGetValue(row.ParentName!, out var parentRow)) _parentRows[row] = parentRow;
            else if (_references.FindOrganisation(row.ParentName!) is { } parentId) row.Organisation.ParentId = parentId;
            else
            {
                reader.Load(new CsvRecord(row.Number, []));
                reader.Problem("Parent", $"there is no organisation called \"{CsvRowReader.Clip(row.ParentName!)}\" in the directory or this file");
            }
        }
        foreach (var row in _parentRows.Keys.Where(r => LoopsBack(r, _parentRows)).ToList())
        {
            reader.Load(new CsvRecord(row.Number, []));
            reader.Problem("Parent", "the parents in this file go round in a circle");
        }
    }

    private static bool LoopsBack(Row start, Dictionary<Row, Row> parents)
    {
        var seen = new HashSet<Row> { start };
        for (var current = start; parents.TryGetValue(current, out var parent); current = parent)
        {
            if (!seen.Add(parent)) return parent == start;
        }
        return false;
    }

    private int Depth(Row row)
    {
        var depth = 0;
        for (var current = row; _parentRows.TryGetValue(current, out var parent); current = parent) depth++;
        return depth;
    }

    protected override async Task WriteRowsAsync(CsvWriteContext context, List<Row> created, List<Row> updated, CancellationToken cancellationToken)
    {
        foreach (var row in Rows.Where(r => r.ExistingId is not null)) row.Organisation.Id = row.ExistingId!.Value;

        // Parents before children, so a parent named further down the file has its id when its child is written.
        var parentOf = _parentRows.ToDictionary(p => p.Key.Organisation, p => p.Value.Organisation);
        await context.InsertAllAsync(created.OrderBy(Depth).Select(r => r.Organisation), o =>
        {
            if (parentOf.TryGetValue(o, out var parent)) o.ParentId = parent.Id;
            context.StampNew(o);
        }, cancellationToken);
        foreach (var (child, parent) in _parentRows) child.Organisation.ParentId = parent.Organisation.Id;

        var properties = Map.MappedFields.Select(f => f == "Parent" ? nameof(Organisation.ParentId) : f).Append(nameof(Organisation.UpdatedAt)).ToList();
        await context.UpdateAllAsync(updated.Select(r => r.Organisation), properties, context.StampUpdated, cancellationToken);
    }
}
