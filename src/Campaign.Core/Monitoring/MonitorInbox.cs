using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Monitoring.Sources;
using Campaign.Positions;

namespace Campaign.Monitoring;

/// <summary>
/// The monitor inbox (staff who see confidential material; triage by those who log positions): new items newest first by source, and the three triage actions — record as evidence
/// (a stated position citing the item), log as contact (an interaction of the member's, e.g. a question asked at our
/// request) and dismiss (kept, filtered out). Each action is one transaction with the item's change, and refuses an item
/// someone else triaged meanwhile.
/// </summary>
public sealed class MonitorInbox(IDbContextFactory<CampaignDbContext> contexts, PositionService positions, TimeProvider clock)
{
    public async Task<MonitorInboxPage> PageAsync(Actor actor, MonitorInboxQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewConfidential);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ofStatus = db.MonitorItems.AsNoTracking().Where(i => i.CampaignId == query.CampaignId && i.Status == query.Status);
        var counts = await ofStatus.GroupBy(i => i.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var filtered = query.Source is { } source ? ofStatus.Where(i => i.Source == source) : ofStatus;
        var total = query.Source is { } only ? counts.GetValueOrDefault(only) : counts.Values.Sum();
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var items = await Project(filtered.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).Skip((page - 1) * size).Take(size), cancellationToken);
        return new MonitorInboxPage(new PagedResult<MonitorInboxItem>(items, total, page, size), counts);
    }

    /// <summary>Counts per source of items first seen in the last seven days, and the five newest; empty for the coalition.</summary>
    public async Task<ParliamentWeek> ThisWeekAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        if (!Clearances.Of(actor).SeesMonitorInbox()) return ParliamentWeek.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-7);
        var week = db.MonitorItems.AsNoTracking().Where(i => i.CampaignId == campaignId && i.Date >= since && i.Status != TriageStatus.Dismissed);
        var counts = await week.GroupBy(i => i.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var newest = await Project(week.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).Take(5), cancellationToken);
        return new ParliamentWeek(counts, newest);
    }

    /// <summary>What Parliament said or did that staff recorded as evidence for a person: both views, each seeing its own.</summary>
    public async Task<IReadOnlyList<ParliamentEvidence>> EvidenceForAsync(Actor actor, int stakeholderId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MonitorItems.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(i => i.StakeholderId == stakeholderId && i.Status == TriageStatus.Evidence)
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new ParliamentEvidence(i.Id, i.Source, i.Title, i.Date, i.Url, i.Reference)).ToListAsync(cancellationToken);
    }

    /// <summary>The position dialog's starting point for an item: its person, date, link, quote and kind of evidence; stance left to staff unless the item proposes one.</summary>
    public async Task<PositionRecordModel?> EvidencePrefillAsync(Actor actor, int itemId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.MonitorItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item?.StakeholderId is not { } stakeholderId) return null;
        var askId = await db.Asks.Where(a => a.CampaignId == item.CampaignId).OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return new PositionRecordModel
        {
            StakeholderId = stakeholderId, AskId = askId, Stance = item.ProposedStance ?? Stance.Unknown, StatedOn = item.Date,
            EvidenceKind = EvidenceFor(item.Source), PqUin = item.Source == MonitorSource.WrittenQuestions ? item.Reference : null,
            EvidenceUrl = item.Url, Quote = Snippets.Around(item.Text, item.MatchedPhrases, FieldLengths.Text / 4),
            Confidence = item.ProposedStance is null ? Confidence.Confirmed : Confidence.Likely,
        };
    }

    public static EvidenceKind EvidenceFor(MonitorSource source) => source switch
    {
        MonitorSource.Hansard => EvidenceKind.Hansard,
        MonitorSource.WrittenQuestions => EvidenceKind.ParliamentaryQuestion,
        MonitorSource.EarlyDayMotions => EvidenceKind.EarlyDayMotion,
        _ => EvidenceKind.PublicStatement,
    };

    /// <summary>Records the position and marks the item as evidence for it, in one save.</summary>
    public async Task<SaveResult> RecordEvidenceAsync(Actor actor, int itemId, long version, PositionRecordModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var item = await db.MonitorItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null) return SaveResult.NotFound();
        var (errors, position) = await positions.PrepareAsync(db, actor, model, cancellationToken);
        if (item.StakeholderId != model.StakeholderId) errors.Add(nameof(model.StakeholderId), "The position must be for the member the item is about.");
        if (position is null || errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        db.StatedPositions.Add(position);
        Triage(db, item, version, TriageStatus.Evidence, actor);
        item.StatedPosition = position;
        var saved = await db.SaveEditAsync(itemId, cancellationToken);
        return saved.Succeeded ? SaveResult.Saved(position.Id) : saved;
    }

    /// <summary>Logs the item as a contact with its member (a written question becomes a Parliamentary question) and links the two.</summary>
    public async Task<SaveResult> LogAsContactAsync(Actor actor, int itemId, long version, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var item = await db.MonitorItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null) return SaveResult.NotFound();
        if (item.StakeholderId is not { } stakeholderId)
            return SaveResult.Invalid(new Dictionary<string, string[]> { ["StakeholderId"] = [$"{item.MemberName ?? "The member"} is not in the directory yet: add them first."] });
        var model = new InteractionEditModel
        {
            CampaignId = item.CampaignId, Kind = ContactKind(item.Source), OccurredAt = item.Date.ToDateTime(new TimeOnly(9, 0)),
            Title = FieldLengths.Fit($"{Label(item)}: {item.Title}", FieldLengths.Title), AttendeeIds = [stakeholderId],
            Summary = FieldLengths.Fit(string.Join("\n\n", new[] { item.Text, item.AnswerText is null ? null : $"Answer ({item.AnsweringBody}, {Wording.Date(item.AnsweredOn)}): {item.AnswerText}", item.Url }
                .Where(t => !string.IsNullOrWhiteSpace(t))), FieldLengths.LongText),
        };
        var (errors, interaction) = await InteractionService.AddAsync(db, actor, model, cancellationToken);
        if (interaction is null) return SaveResult.Invalid(errors.ToDictionary());
        Triage(db, item, version, TriageStatus.LoggedAsContact, actor);
        item.Interaction = interaction;
        var saved = await db.SaveEditAsync(itemId, cancellationToken);
        return saved.Succeeded ? SaveResult.Saved(interaction.Id) : saved;
    }

    /// <summary>Dismisses the item: kept (a later run will not bring it back as new) and filtered out of the inbox.</summary>
    public Task<SaveResult> DismissAsync(Actor actor, int itemId, long version, CancellationToken cancellationToken = default) =>
        SetStatusAsync(actor, itemId, version, TriageStatus.Dismissed, cancellationToken);

    /// <summary>Puts a dismissed item back among the new ones.</summary>
    public Task<SaveResult> RestoreAsync(Actor actor, int itemId, long version, CancellationToken cancellationToken = default) =>
        SetStatusAsync(actor, itemId, version, TriageStatus.New, cancellationToken);

    private async Task<SaveResult> SetStatusAsync(Actor actor, int itemId, long version, TriageStatus status, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var item = await db.MonitorItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null) return SaveResult.NotFound();
        Triage(db, item, version, status, actor);
        return await db.SaveEditAsync(itemId, cancellationToken);
    }

    private void Triage(CampaignDbContext db, MonitorItem item, long version, TriageStatus status, Actor actor)
    {
        db.ExpectVersion(item, version);
        item.Status = status;
        item.TriagedBy = status == TriageStatus.New ? null : FieldLengths.Fit(actor.Name, FieldLengths.Name);
        item.TriagedAt = status == TriageStatus.New ? null : clock.GetUtcNow();
    }

    public static string Label(MonitorItem item) => item.Source switch
    {
        MonitorSource.WrittenQuestions => $"Written question {item.Reference}",
        MonitorSource.EarlyDayMotions => $"EDM {item.Reference}",
        MonitorSource.Hansard => "Hansard",
        _ => "Bill",
    };

    private static InteractionKind ContactKind(MonitorSource source) => source switch
    {
        MonitorSource.WrittenQuestions => InteractionKind.ParliamentaryQuestion,
        MonitorSource.Hansard => InteractionKind.Debate,
        _ => InteractionKind.Other,
    };

    private static async Task<IReadOnlyList<MonitorInboxItem>> Project(IQueryable<MonitorItem> items, CancellationToken cancellationToken)
    {
        var rows = await items.Select(i => new
        {
            i.Id, i.Source, i.Title, i.Text, i.Date, i.Url, i.Reference, i.MemberId, i.MemberName, i.House, i.StakeholderId,
            StakeholderName = i.Stakeholder == null ? null : i.Stakeholder.DisplayName, i.MatchedPhrases, i.AnsweringBody, i.AnsweredOn, i.AnswerText,
            i.LastChange, i.ProposedStance, i.TrackedBillId, i.Status, i.TriagedBy, i.StatedPositionId, i.InteractionId, i.Version,
        }).ToListAsync(cancellationToken);
        return rows.Select(i => new MonitorInboxItem(i.Id, i.Source, i.Title, Snippets.Around(i.Text, i.MatchedPhrases, 320), i.Date, i.Url, i.Reference,
            i.MemberId, i.MemberName, i.House, i.StakeholderId, i.StakeholderName, i.MatchedPhrases, i.AnsweringBody, i.AnsweredOn,
            i.AnswerText is null ? null : Snippets.Around(i.AnswerText, i.MatchedPhrases, 320), i.LastChange, i.ProposedStance, i.TrackedBillId,
            i.Status, i.TriagedBy, i.StatedPositionId, i.InteractionId, i.Version)).ToList();
    }
}
