using Campaign.Positions;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Importing.Csv;

/// <summary>
/// Stated positions from CSV, with the checks the position form makes (evidence a Hansard link or a question's
/// UIN; meeting evidence names the meeting). A row matches an existing record of the same person, ask, date,
/// stance and evidence kind: history is only ever added to, so "update" changes that record's details.
/// </summary>
internal sealed class PositionImporter(DateOnly today) : ICsvImporter
{
    private sealed record Row(int Number, StatedPosition Position)
    {
        public int? ExistingId { get; set; }
    }

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(StatedPosition.EvidenceUrl)] = "Url",
        [nameof(StatedPosition.InteractionId)] = "InteractionTitle",
    };

    public async Task<CsvPlan> PlanAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        if (context.CampaignId is not { } campaignId)
        {
            context.Problems.Add(ImportProblem.File("Choose the campaign whose asks the positions are about."));
            return new Plan(context.Map);
        }
        var db = context.Db;
        var references = await ImportReferences.LoadAsync(db, campaignId, cancellationToken);
        var interactions = new Dictionary<(DateTime, string), int>();
        foreach (var i in await db.Interactions.AsNoTracking().Where(i => i.CampaignId == campaignId)
                     .Select(i => new { i.Id, i.OccurredAt, i.Title }).ToListAsync(cancellationToken))
            interactions.TryAdd((i.OccurredAt, i.Title.ToLowerInvariant()), i.Id);
        var existing = new Dictionary<(int, int, DateOnly, Stance, EvidenceKind), int>();
        foreach (var p in await db.StatedPositions.AsNoTracking().Where(p => p.Ask!.CampaignId == campaignId)
                     .Select(p => new { p.Id, p.StakeholderId, p.AskId, p.StatedOn, p.Stance, p.EvidenceKind }).ToListAsync(cancellationToken))
            existing.TryAdd((p.StakeholderId, p.AskId, p.StatedOn, p.Stance, p.EvidenceKind), p.Id);
        var names = references.People.ToDictionary(p => p.Id, p => p.DisplayName);

        var plan = new Plan(context.Map);
        var reader = new CsvRowReader(context.Map, context.Problems);
        var firstRowWith = new Dictionary<(int, int, DateOnly, Stance, EvidenceKind), int>();
        foreach (var record in context.Rows(reader, cancellationToken))
        {
            var person = reader.Required("Person") is { } reference ? references.Person(reader, "Person", reference) : null;
            var ask = reader.Required("Ask") is { } code ? references.Ask(reader, "Ask", code) : null;
            var position = new StatedPosition
            {
                Stance = reader.Enum<Stance>("Stance", required: true) ?? Stance.Unknown,
                StatedOn = reader.Date("StatedOn", required: true) ?? default,
                EvidenceKind = reader.Enum<EvidenceKind>("EvidenceKind", required: true) ?? EvidenceKind.Inferred,
                PqUin = reader.Text("PqUin"),
                EvidenceUrl = reader.Text("Url"),
                Quote = reader.Text("Quote"),
                Confidence = reader.Enum<Confidence>("Confidence") ?? Confidence.Confirmed,
                IsConfidential = reader.Bool("Confidential") ?? false,
                RecordedById = reader.Text("RecordedBy") is { } email ? references.User(reader, "RecordedBy", email) : null,
            };
            if (position.StatedOn > today) reader.Problem("StatedOn", "a position cannot be stated in the future");
            var at = reader.DateTime("InteractionAt");
            var title = reader.Text("InteractionTitle");
            if (at is not null && title is not null)
            {
                if (interactions.TryGetValue((at.Value, title.ToLowerInvariant()), out var interactionId)) position.InteractionId = interactionId;
                else reader.Problem("InteractionTitle", $"the campaign has no interaction \"{CsvRowReader.Clip(title)}\" at {at:yyyy-MM-dd HH:mm}");
            }
            else if (at is not null || title is not null)
                reader.Problem(at is null ? "InteractionAt" : "InteractionTitle", "give both the interaction's date and time and its title, or neither");
            switch (position.EvidenceKind)
            {
                case EvidenceKind.Meeting when at is null && title is null:
                    reader.Problem("InteractionTitle", "meeting evidence needs the meeting: give InteractionAt and InteractionTitle");
                    break;
                case EvidenceKind.ParliamentaryQuestion when position.PqUin is null:
                    reader.Problem("PqUin", "evidence from a parliamentary question needs its UIN");
                    break;
                case EvidenceKind.Hansard when position.EvidenceUrl is null:
                    reader.Problem("Url", "Hansard evidence needs the Hansard web address");
                    break;
            }
            if (position.EvidenceUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                reader.Problem("Url", $"\"{CsvRowReader.Clip(url)}\" is not a web address starting https://");
            context.CheckLengths(reader, position, ColumnOf);
            if (reader.HasProblems || person is null || ask is null) continue;

            position.StakeholderId = person.Value;
            position.AskId = ask.Value;
            var key = (person.Value, ask.Value, position.StatedOn, position.Stance, position.EvidenceKind);
            if (firstRowWith.TryGetValue(key, out var first))
            {
                reader.Problem("Person", $"repeats row {first} (same person, ask, date, stance and evidence)");
                continue;
            }
            firstRowWith[key] = record.Row;
            var row = new Row(record.Row, position);
            if (existing.TryGetValue(key, out var id))
            {
                row.ExistingId = id;
                plan.Matches.Add(new CsvMatch(record.Row, "person, ask, date, stance and evidence", id,
                    $"{names.GetValueOrDefault(person.Value)}: {position.Stance} on {position.StatedOn:d MMM yyyy}"));
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
            var created = Rows.Where(r => r.ExistingId is null).ToList();
            var updated = Rows.Where(r => r.ExistingId is not null && context.Decide(r.Number) == DuplicateAction.Update).ToList();
            await context.InsertAllAsync(created.Select(r => r.Position), p => p.RecordedAt = context.Now, cancellationToken);
            var properties = map.MappedFields
                .SelectMany(f => f switch
                {
                    "Url" => [nameof(StatedPosition.EvidenceUrl)],
                    "InteractionAt" or "InteractionTitle" => [nameof(StatedPosition.InteractionId)],
                    "RecordedBy" => [nameof(StatedPosition.RecordedById)],
                    "Confidential" => [nameof(StatedPosition.IsConfidential)],
                    "Person" or "Ask" or "Stance" or "StatedOn" or "EvidenceKind" => Array.Empty<string>(), // the match key itself
                    _ => [f],
                })
                .ToList();
            if (updated.Count > 0 && properties.Count > 0)
            {
                foreach (var row in updated) row.Position.Id = row.ExistingId!.Value;
                await context.UpdateAllAsync(updated.Select(r => r.Position), properties, _ => { }, cancellationToken);
            }
            return (created.Count, updated.Count, Rows.Count - created.Count - updated.Count);
        }
    }
}
