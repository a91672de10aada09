using Campaign.Confidentiality;

namespace Campaign.Positions;

/// <summary>Records stated positions outside a logged contact, and reads one ask's full history for a person.</summary>
public sealed class PositionService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public async Task<SaveResult> RecordAsync(Actor actor, PositionRecordModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var (errors, position) = await PrepareAsync(db, actor, model, cancellationToken);
        if (position is null) return SaveResult.Invalid(errors.ToDictionary());
        db.StatedPositions.Add(position);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(position.Id);
    }

    /// <summary>Checks a position recorded by hand and builds it (not yet added), for this service and the monitor's triage.</summary>
    internal async Task<(ValidationErrors Errors, StatedPosition? Position)> PrepareAsync(
        CampaignDbContext db, Actor actor, PositionRecordModel model, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);
        if (!await db.Stakeholders.AnyAsync(s => s.Id == model.StakeholderId, cancellationToken))
            errors.Add(nameof(model.StakeholderId), "That stakeholder no longer exists.");
        if (!await db.Asks.AnyAsync(a => a.Id == model.AskId, cancellationToken))
            errors.Add(nameof(model.AskId), "Choose one of the campaign's asks.");
        if (model.StatedOn is null)
            errors.Add(nameof(model.StatedOn), "Enter the date the position was stated.");
        else if (model.StatedOn > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
            errors.Add(nameof(model.StatedOn), "A position cannot be stated in the future.");
        switch (model.EvidenceKind)
        {
            case EvidenceKind.Meeting:
                errors.Add(nameof(model.EvidenceKind), "Positions from a meeting are recorded when you log the meeting.");
                break;
            case EvidenceKind.ParliamentaryQuestion when string.IsNullOrWhiteSpace(model.PqUin):
                errors.Add(nameof(model.PqUin), "Enter the question's UIN, e.g. 12345 or HL1234.");
                break;
            case EvidenceKind.Hansard when !IsWebAddress(model.EvidenceUrl):
                errors.Add(nameof(model.EvidenceUrl), "Enter the Hansard web address, starting with https://.");
                break;
        }
        if (!string.IsNullOrWhiteSpace(model.EvidenceUrl) && !IsWebAddress(model.EvidenceUrl))
            errors.Add(nameof(model.EvidenceUrl), "Enter a full web address starting with https://.");
        if (errors.Any) return (errors, null);

        return (errors, new StatedPosition
        {
            StakeholderId = model.StakeholderId, AskId = model.AskId, Stance = model.Stance, StatedOn = model.StatedOn!.Value,
            EvidenceKind = model.EvidenceKind, PqUin = Clean(model.PqUin), EvidenceUrl = Clean(model.EvidenceUrl), Quote = Clean(model.Quote),
            Confidence = model.Confidence, IsConfidential = model.IsConfidential, RecordedById = actor.UserId, RecordedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>One person's stance on one ask over time, newest first, each with the stance it replaced.</summary>
    public async Task<IReadOnlyList<StanceHistoryEntry>> HistoryAsync(Actor actor, int stakeholderId, int askId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StatedPositions.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(p => p.StakeholderId == stakeholderId && p.AskId == askId)
            .OrderBy(p => p.StatedOn).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.StatedOn, p.Stance, p.EvidenceKind, p.InteractionId, p.PqUin, p.EvidenceUrl, p.Quote, p.Confidence, p.IsConfidential,
                InteractionTitle = p.Interaction != null ? p.Interaction.Title : null,
                RecordedBy = p.RecordedBy != null ? p.RecordedBy.DisplayName : null,
            })
            .ToListAsync(cancellationToken);
        var history = new List<StanceHistoryEntry>(rows.Count);
        Stance? previous = null;
        foreach (var r in rows)
        {
            history.Add(new StanceHistoryEntry(r.Id, r.StatedOn, r.Stance, previous, r.EvidenceKind,
                r.InteractionId, r.InteractionTitle, r.PqUin, r.EvidenceUrl, r.Quote, r.Confidence, r.RecordedBy, r.IsConfidential));
            previous = r.Stance;
        }
        history.Reverse();
        return history;
    }

    /// <summary>
    /// Marks a record confidential by hand, or shares it again. A record from an interaction that is still confidential
    /// stays confidential: sharing it would give the meeting away.
    /// </summary>
    public async Task<SaveResult> SetConfidentialAsync(Actor actor, int positionId, bool confidential, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var position = await db.StatedPositions.Include(p => p.Interaction).SingleOrDefaultAsync(p => p.Id == positionId, cancellationToken);
        if (position is null) return SaveResult.NotFound();
        if (!confidential && position.Interaction is { IsConfidential: true })
            return SaveResult.Invalid(new Dictionary<string, string[]>
            {
                [nameof(StatedPosition.IsConfidential)] = ["This position was recorded in a confidential interaction, so it stays confidential."],
            });
        position.IsConfidential = confidential;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(position.Id);
    }

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
