using Campaign.Engagements;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Importing.Csv;

/// <summary>
/// Interactions from CSV into one campaign, with their attendees, staff, partners and asks. A row matches an
/// existing interaction of the campaign with the same date, time and title. Built for 100,000 rows: references
/// resolve through in-memory indexes and rows are written with prepared commands.
/// </summary>
internal sealed class InteractionImporter : ICsvImporter
{
    private sealed record Row(int Number, Interaction Interaction, int[] Attendees, string[] Staff, int[] Partners, int[] Asks)
    {
        public int? ExistingId { get; set; }
    }

    public async Task<CsvPlan> PlanAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        if (context.CampaignId is not { } campaignId)
        {
            context.Problems.Add(ImportProblem.File("Choose the campaign the interactions belong to."));
            return new Plan(context.Map);
        }
        var references = await ImportReferences.LoadAsync(context.Db, campaignId, cancellationToken);
        var existing = new Dictionary<(DateTime, string), int>();
        foreach (var i in await context.Db.Interactions.AsNoTracking().Where(i => i.CampaignId == campaignId)
                     .Select(i => new { i.Id, i.OccurredAt, i.Title }).ToListAsync(cancellationToken))
            existing.TryAdd((i.OccurredAt, i.Title.ToLowerInvariant()), i.Id);

        var maxTitle = context.Limits.Of<Interaction>(nameof(Interaction.Title));
        var plan = new Plan(context.Map);
        var reader = new CsvRowReader(context.Map, context.Problems);
        var firstRowWith = new Dictionary<(DateTime, string), int>();
        foreach (var record in context.Rows(reader, cancellationToken))
        {
            var interaction = new Interaction
            {
                CampaignId = campaignId,
                Kind = reader.Enum<InteractionKind>("Kind", required: true) ?? InteractionKind.Other,
                OccurredAt = reader.DateTime("OccurredAt", required: true) ?? default,
                Title = reader.Required("Title", maxTitle) ?? "",
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
            var attendees = reader.List("Attendees").Select(p => references.Person(reader, "Attendees", p)).OfType<int>().Distinct().ToArray();
            var staff = reader.List("Staff").Select(e => references.User(reader, "Staff", e)).OfType<string>().Distinct().ToArray();
            var partners = reader.List("Partners").Select(o => references.Organisation(reader, "Partners", o)).OfType<int>().Distinct().ToArray();
            var asks = reader.List("Asks").Select(a => references.Ask(reader, "Asks", a)).OfType<int>().Distinct().ToArray();
            if (interaction.Title.Length <= (maxTitle ?? int.MaxValue)) context.CheckLengths(reader, interaction);
            if (reader.HasProblems) continue;

            var key = (interaction.OccurredAt, interaction.Title.ToLowerInvariant());
            if (firstRowWith.TryGetValue(key, out var first))
            {
                reader.Problem("Title", $"repeats row {first} (same date, time and title)");
                continue;
            }
            firstRowWith[key] = record.Row;
            var row = new Row(record.Row, interaction, attendees, staff, partners, asks);
            if (existing.TryGetValue(key, out var id))
            {
                row.ExistingId = id;
                plan.Matches.Add(new CsvMatch(record.Row, "date, time and title", id, $"{interaction.OccurredAt:d MMM yyyy HH:mm} {interaction.Title}"));
            }
            plan.Rows.Add(row);
        }
        plan.Count();
        return plan;
    }

    private sealed class Plan(CsvColumnMap map) : CsvPlan
    {
        public List<Row> Rows { get; } = [];

        public void Count() => NewRows = Rows.Count(r => r.ExistingId is null);

        public override async Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken)
        {
            var db = context.Db;
            var created = Rows.Where(r => r.ExistingId is null).ToList();
            var updated = Rows.Where(r => r.ExistingId is not null && context.Decide(r.Number) == DuplicateAction.Update).ToList();
            foreach (var row in updated) row.Interaction.Id = row.ExistingId!.Value;

            await context.InsertAllAsync(created.Select(r => r.Interaction), i =>
            {
                i.Version = 1;
                i.CreatedAt = i.UpdatedAt = context.Now;
            }, cancellationToken);
            if (updated.Count > 0)
            {
                var properties = map.MappedFields.Where(f => f is not ("Attendees" or "Staff" or "Partners" or "Asks"))
                    .Select(f => f == "Confidential" ? nameof(Interaction.IsConfidential) : f).Append(nameof(Interaction.UpdatedAt)).ToList();
                await context.UpdateAllAsync(updated.Select(r => r.Interaction), properties, i => i.UpdatedAt = context.Now, cancellationToken);
            }

            await WriteLinksAsync<InteractionAttendee, int>(context, created, updated, "Attendees", r => r.Attendees,
                (id, stakeholder) => new InteractionAttendee { InteractionId = id, StakeholderId = stakeholder }, cancellationToken);
            await WriteLinksAsync<InteractionStaff, string>(context, created, updated, "Staff", r => r.Staff,
                (id, user) => new InteractionStaff { InteractionId = id, UserId = user }, cancellationToken);
            await WriteLinksAsync<InteractionPartner, int>(context, created, updated, "Partners", r => r.Partners,
                (id, organisation) => new InteractionPartner { InteractionId = id, OrganisationId = organisation }, cancellationToken);
            await WriteLinksAsync<InteractionAsk, int>(context, created, updated, "Asks", r => r.Asks,
                (id, ask) => new InteractionAsk { InteractionId = id, AskId = ask }, cancellationToken);
            return (created.Count, updated.Count, Rows.Count - created.Count - updated.Count);
        }

        /// <summary>New interactions get their links; updated ones have theirs replaced when the file has that column.</summary>
        private async Task WriteLinksAsync<TLink, TTarget>(CsvWriteContext context, List<Row> created, List<Row> updated, string column,
            Func<Row, IEnumerable<TTarget>> targets, Func<int, TTarget, TLink> link, CancellationToken cancellationToken) where TLink : class
        {
            var replace = map.Has(column) ? updated : [];
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
}
