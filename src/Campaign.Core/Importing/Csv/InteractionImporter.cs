using Campaign.Engagements;

namespace Campaign.Importing.Csv;

/// <summary>
/// Interactions from CSV into one campaign, with their attendees, staff, partners and asks. A row matches an
/// existing interaction of the campaign with the same date, time and title. Built for 100,000 rows: references
/// resolve through in-memory indexes and rows are written with prepared commands.
/// </summary>
internal sealed class InteractionImporter(CsvColumnMap map) : CsvImporter<InteractionImporter.Row, (DateTime, string)>(map)
{
    internal sealed record Row(int Number, Interaction Interaction, int[] Attendees, string[] Staff, int[] Partners, int[] Asks) : CsvRow(Number)
    {
        public (DateTime, string) Key { get; } = (Interaction.OccurredAt, Interaction.Title.ToLowerInvariant());
    }

    // Set by LoadAsync, before any row is read.
    private int _campaignId;
    private ImportReferences _references = null!;
    private Dictionary<(DateTime, string), int> _existing = [];

    protected override async Task<bool> LoadAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        if (context.CampaignId is not { } campaignId)
        {
            context.Problems.Add(ImportProblem.File("Choose the campaign the interactions belong to."));
            return false;
        }
        _campaignId = campaignId;
        _references = await ImportReferences.LoadAsync(context.Db, campaignId, cancellationToken);
        _existing = await ImportReferences.InteractionsAsync(context.Db, campaignId, cancellationToken);
        return true;
    }

    protected override Row Read(CsvRowReader reader, CsvPlanContext context)
    {
        var interaction = new Interaction
        {
            CampaignId = _campaignId,
            Kind = reader.Enum<InteractionKind>("Kind", required: true) ?? InteractionKind.Other,
            OccurredAt = reader.DateTime("OccurredAt", required: true) ?? default,
            Title = reader.Required("Title", FieldLengths.Title) ?? "",
            Location = reader.Text("Location"),
            Summary = reader.Text("Summary"),
            AsksRaised = reader.Text("AsksRaised"),
            TheirConcerns = reader.Text("TheirConcerns"),
            CommitmentsByThem = reader.Text("CommitmentsByThem"),
            CommitmentsByUs = reader.Text("CommitmentsByUs"),
            IsConfidential = reader.Bool("Confidential") ?? false,
            PqUin = reader.Text("PqUin"),
            CreatedById = context.Db.Actor?.UserId,
        };
        if (reader.Text("Attendees") is null) reader.Problem("Attendees", "is empty: an interaction needs at least one attendee");
        var attendees = reader.List("Attendees").Select(p => _references.Person(reader, "Attendees", p)).OfType<int>().Distinct().ToArray();
        var staff = reader.List("Staff").Select(e => _references.User(reader, "Staff", e)).OfType<string>().Distinct().ToArray();
        var partners = reader.List("Partners").Select(o => _references.Organisation(reader, "Partners", o)).OfType<int>().Distinct().ToArray();
        var asks = reader.List("Asks").Select(a => _references.Ask(reader, "Asks", a)).OfType<int>().Distinct().ToArray();
        // An over-long title is reported once, by the reader.
        if (interaction.Title.Length <= FieldLengths.Title) context.CheckLengths(reader, interaction);
        return new Row(reader.Row, interaction, attendees, staff, partners, asks);
    }

    protected override IEnumerable<((DateTime, string) Key, string Column, string Same)> Keys(Row row) =>
        [(row.Key, "Title", "date, time and title")];

    protected override (int Id, string MatchedOn, string Existing)? Existing(Row row) =>
        _existing.TryGetValue(row.Key, out var id)
            ? (id, "date, time and title", $"{row.Interaction.OccurredAt:d MMM yyyy HH:mm} {row.Interaction.Title}")
            : null;

    protected override async Task WriteRowsAsync(CsvWriteContext context, List<Row> created, List<Row> updated, CancellationToken cancellationToken)
    {
        foreach (var row in updated) row.Interaction.Id = row.ExistingId!.Value;
        await context.InsertAllAsync(created.Select(r => r.Interaction), context.StampNew, cancellationToken);
        if (updated.Count > 0)
        {
            var properties = Map.MappedFields.Where(f => f is not ("Attendees" or "Staff" or "Partners" or "Asks"))
                .Select(f => f == "Confidential" ? nameof(Interaction.IsConfidential) : f).Append(nameof(Interaction.UpdatedAt)).ToList();
            await context.UpdateAllAsync(updated.Select(r => r.Interaction), properties, context.StampUpdated, cancellationToken);
        }

        await WriteLinksAsync<InteractionAttendee, int>(context, created, updated, "Attendees", r => r.Attendees,
            (id, stakeholder) => new InteractionAttendee { InteractionId = id, StakeholderId = stakeholder }, cancellationToken);
        await WriteLinksAsync<InteractionStaff, string>(context, created, updated, "Staff", r => r.Staff,
            (id, user) => new InteractionStaff { InteractionId = id, UserId = user }, cancellationToken);
        await WriteLinksAsync<InteractionPartner, int>(context, created, updated, "Partners", r => r.Partners,
            (id, organisation) => new InteractionPartner { InteractionId = id, OrganisationId = organisation }, cancellationToken);
        await WriteLinksAsync<InteractionAsk, int>(context, created, updated, "Asks", r => r.Asks,
            (id, ask) => new InteractionAsk { InteractionId = id, AskId = ask }, cancellationToken);
    }

    /// <summary>New interactions get their links; updated ones have theirs replaced when the file has that column.</summary>
    private async Task WriteLinksAsync<TLink, TTarget>(CsvWriteContext context, List<Row> created, List<Row> updated, string column,
        Func<Row, IEnumerable<TTarget>> targets, Func<int, TTarget, TLink> link, CancellationToken cancellationToken) where TLink : class
    {
        var replace = Map.Has(column) ? updated : [];
        var entityType = context.Db.Model.FindEntityType(typeof(TLink))!;
        await context.Stage.DeleteByAsync(entityType, "InteractionId", replace.Select(r => r.Interaction.Id), cancellationToken);
        await using var insert = await context.Stage.InsertAsync<TLink>(cancellationToken);
        foreach (var row in created.Concat(replace))
        {
            foreach (var target in targets(row))
                await insert.WriteAsync(link(row.Interaction.Id, target), cancellationToken);
        }
    }
}
