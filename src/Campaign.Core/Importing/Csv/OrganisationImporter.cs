using Campaign.Organisations;

namespace Campaign.Importing.Csv;

/// <summary>
/// Organisations from CSV, matched to existing ones by name. A parent may be an organisation already in the
/// directory or one further down the same file; parents are linked once every row has its id.
/// </summary>
internal sealed class OrganisationImporter : ICsvImporter
{
    private sealed record Row(int Number, Organisation Organisation, string? ParentName)
    {
        public int? ExistingId { get; set; }
    }

    public async Task<CsvPlan> PlanAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        var references = await ImportReferences.LoadAsync(context.Db, null, cancellationToken);
        var plan = new Plan(context.Map);
        var reader = new CsvRowReader(context.Map, context.Problems);
        var firstRowWith = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in context.Rows(reader, cancellationToken))
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
            if (reader.HasProblems) continue;
            if (firstRowWith.TryGetValue(organisation.Name, out var first))
            {
                reader.Problem("Name", $"repeats row {first} (same name)");
                continue;
            }
            firstRowWith[organisation.Name] = record.Row;

            var row = new Row(record.Row, organisation, parent);
            if (references.FindOrganisation(organisation.Name) is { } existing)
            {
                row.ExistingId = existing;
                plan.Matches.Add(new CsvMatch(record.Row, "name", existing, organisation.Name));
            }
            plan.Rows.Add(row);
        }

        // Parents: in the directory, or in this file (by name or short name).
        var inFile = plan.Rows.SelectMany(r => new[] { r.Organisation.Name, r.Organisation.ShortName }.Where(n => n is not null).Select(n => (Name: n!, Row: r)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Row, StringComparer.OrdinalIgnoreCase);
        foreach (var row in plan.Rows.Where(r => r.ParentName is not null).ToList())
        {
            if (inFile.TryGetValue(row.ParentName!, out var parentRow)) plan.ParentRows[row] = parentRow;
            else if (references.FindOrganisation(row.ParentName!) is { } parentId) row.Organisation.ParentId = parentId;
            else
            {
                reader.Load(new CsvRecord(row.Number, []));
                reader.Problem("Parent", $"there is no organisation called \"{CsvRowReader.Clip(row.ParentName!)}\" in the directory or this file");
            }
        }
        foreach (var row in plan.ParentRows.Keys.Where(r => LoopsBack(r, plan.ParentRows)).ToList())
        {
            reader.Load(new CsvRecord(row.Number, []));
            reader.Problem("Parent", "the parents in this file go round in a circle");
        }
        plan.Count();
        return plan;
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

    private sealed class Plan(CsvColumnMap map) : CsvPlan
    {
        public List<Row> Rows { get; } = [];
        public Dictionary<Row, Row> ParentRows { get; } = [];

        public void Count() => NewRows = Rows.Count(r => r.ExistingId is null);

        private int Depth(Row row)
        {
            var depth = 0;
            for (var current = row; ParentRows.TryGetValue(current, out var parent); current = parent) depth++;
            return depth;
        }

        public override async Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken)
        {
            var created = Rows.Where(r => r.ExistingId is null).ToList();
            var updated = Rows.Where(r => r.ExistingId is not null && context.Decide(r.Number) == DuplicateAction.Update).ToList();
            foreach (var row in Rows.Where(r => r.ExistingId is not null)) row.Organisation.Id = row.ExistingId!.Value;

            // Parents before children, so a parent named further down the file has its id when its child is written.
            var parentOf = ParentRows.ToDictionary(p => p.Key.Organisation, p => p.Value.Organisation);
            await context.InsertAllAsync(created.OrderBy(Depth).Select(r => r.Organisation), o =>
            {
                if (parentOf.TryGetValue(o, out var parent)) o.ParentId = parent.Id;
                o.Version = 1;
                o.CreatedAt = o.UpdatedAt = context.Now;
            }, cancellationToken);
            foreach (var (child, parent) in ParentRows) child.Organisation.ParentId = parent.Organisation.Id;

            var properties = map.MappedFields.Select(f => f == "Parent" ? nameof(Organisation.ParentId) : f).Append(nameof(Organisation.UpdatedAt)).ToList();
            await context.UpdateAllAsync(updated.Select(r => r.Organisation), properties, o => o.UpdatedAt = context.Now, cancellationToken);
            return (created.Count, updated.Count, Rows.Count - created.Count - updated.Count);
        }
    }
}
