using Campaign.Positions;

namespace Campaign.Importing.Csv;

/// <summary>
/// Stated positions from CSV, with the checks the position form makes (evidence a Hansard link or a question's
/// UIN; meeting evidence names the meeting). A row matches an existing record of the same person, ask, date,
/// stance and evidence kind: history is only ever added to, so "update" changes that record's details.
/// </summary>
internal sealed class PositionImporter(DateOnly today, CsvColumnMap map)
    : CsvImporter<PositionImporter.Row, (int, int, DateOnly, Stance, EvidenceKind)>(map)
{
    internal sealed record Row(int Number, StatedPosition Position) : CsvRow(Number)
    {
        public (int, int, DateOnly, Stance, EvidenceKind) Key { get; } =
            (Position.StakeholderId, Position.AskId, Position.StatedOn, Position.Stance, Position.EvidenceKind);
    }

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(StatedPosition.EvidenceUrl)] = "Url",
        [nameof(StatedPosition.InteractionId)] = "InteractionTitle",
    };

    // Set by LoadAsync, before any row is read.
    private ImportReferences _references = null!;
    private Dictionary<(DateTime, string), int> _interactions = [];
    private readonly Dictionary<(int, int, DateOnly, Stance, EvidenceKind), int> _existing = [];
    private Dictionary<int, string> _names = [];

    protected override async Task<bool> LoadAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        if (context.CampaignId is not { } campaignId)
        {
            context.Problems.Add(ImportProblem.File("Choose the campaign whose asks the positions are about."));
            return false;
        }
        var db = context.Db;
        _references = await ImportReferences.LoadAsync(db, campaignId, cancellationToken);
        _interactions = await ImportReferences.InteractionsAsync(db, campaignId, cancellationToken);
        foreach (var p in await db.StatedPositions.AsNoTracking().Where(p => p.Ask!.CampaignId == campaignId)
                     .Select(p => new { p.Id, p.StakeholderId, p.AskId, p.StatedOn, p.Stance, p.EvidenceKind }).ToListAsync(cancellationToken))
            _existing.TryAdd((p.StakeholderId, p.AskId, p.StatedOn, p.Stance, p.EvidenceKind), p.Id);
        _names = _references.People.ToDictionary(p => p.Id, p => p.DisplayName);
        return true;
    }

    protected override Row? Read(CsvRowReader reader, CsvPlanContext context)
    {
        var person = reader.Required("Person") is { } reference ? _references.Person(reader, "Person", reference) : null;
        var ask = reader.Required("Ask") is { } code ? _references.Ask(reader, "Ask", code) : null;
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
            RecordedById = reader.Text("RecordedBy") is { } email ? _references.User(reader, "RecordedBy", email) : null,
        };
        if (position.StatedOn > today) reader.Problem("StatedOn", "a position cannot be stated in the future");
        var namesInteraction = LinkInteraction(reader, position);
        CheckEvidence(reader, position, namesInteraction);
        context.CheckLengths(reader, position, ColumnOf);
        if (person is null || ask is null) return null;

        position.StakeholderId = person.Value;
        position.AskId = ask.Value;
        return new Row(reader.Row, position);
    }

    /// <summary>The interaction the row names by date, time and title, if it names one; whether it tried to.</summary>
    private bool LinkInteraction(CsvRowReader reader, StatedPosition position)
    {
        var at = reader.DateTime("InteractionAt");
        var title = reader.Text("InteractionTitle");
        if (at is not null && title is not null)
        {
            if (_interactions.TryGetValue((at.Value, title.ToLowerInvariant()), out var interactionId)) position.InteractionId = interactionId;
            else reader.Problem("InteractionTitle", $"the campaign has no interaction \"{CsvRowReader.Clip(title)}\" at {at:yyyy-MM-dd HH:mm}");
        }
        else if (at is not null || title is not null)
            reader.Problem(at is null ? "InteractionAt" : "InteractionTitle", "give both the interaction's date and time and its title, or neither");
        return at is not null || title is not null;
    }

    /// <summary>The position form's rules for each kind of evidence.</summary>
    private static void CheckEvidence(CsvRowReader reader, StatedPosition position, bool namesInteraction)
    {
        switch (position.EvidenceKind)
        {
            case EvidenceKind.Meeting when !namesInteraction:
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
    }

    protected override IEnumerable<((int, int, DateOnly, Stance, EvidenceKind) Key, string Column, string Same)> Keys(Row row) =>
        [(row.Key, "Person", "person, ask, date, stance and evidence")];

    protected override (int Id, string MatchedOn, string Existing)? Existing(Row row) =>
        _existing.TryGetValue(row.Key, out var id)
            ? (id, "person, ask, date, stance and evidence",
                $"{_names.GetValueOrDefault(row.Position.StakeholderId)}: {row.Position.Stance} on {row.Position.StatedOn:d MMM yyyy}")
            : null;

    protected override async Task WriteRowsAsync(CsvWriteContext context, List<Row> created, List<Row> updated, CancellationToken cancellationToken)
    {
        await context.InsertAllAsync(created.Select(r => r.Position), p => p.RecordedAt = context.Now, cancellationToken);
        var properties = Map.MappedFields
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
    }
}
