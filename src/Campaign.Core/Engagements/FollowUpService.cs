using Campaign.Confidentiality;

namespace Campaign.Engagements;

public enum FollowUpFilter
{
    Open,
    Overdue,
    Done,
    All,
}

public sealed record FollowUpQuery(bool MineOnly, FollowUpFilter View, int Page = 0, int PageSize = 50);

public sealed record FollowUpListItem(
    int Id, string Title, DateOnly DueOn, FollowUpStatus Status, bool IsOverdue, string? OwnerId, string? OwnerName,
    int? StakeholderId, string? StakeholderName, int? InteractionId, string? InteractionTitle, long Version);

/// <summary>Follow-ups are internal work: staff only.</summary>
public sealed class FollowUpService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<PagedResult<FollowUpListItem>> ListAsync(Actor actor, FollowUpQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewConfidential);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = Filter(db, query, actor, today);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 0);
        var total = await q.CountAsync(cancellationToken);
        // Done work reads best most recent first; open work by what is due soonest.
        var ordered = query.View == FollowUpFilter.Done ? q.OrderByDescending(f => f.DueOn) : q.OrderBy(f => f.DueOn);
        var items = await ordered.ThenBy(f => f.Id).Skip(page * pageSize).Take(pageSize)
            .Select(f => new FollowUpListItem(f.Id, f.Title, f.DueOn, f.Status, f.Status == FollowUpStatus.Open && f.DueOn < today,
                f.OwnerId, f.Owner != null ? f.Owner.DisplayName : null, f.StakeholderId, f.Stakeholder != null ? f.Stakeholder.DisplayName : null,
                f.InteractionId, f.Interaction != null ? f.Interaction.Title : null, f.Version))
            .ToListAsync(cancellationToken);
        return new PagedResult<FollowUpListItem>(items, total, page, pageSize);
    }

    /// <summary>The list's filters, shared with the CSV export.</summary>
    internal static IQueryable<FollowUp> Filter(CampaignDbContext db, FollowUpQuery query, Actor actor, DateOnly today)
    {
        var q = db.FollowUps.AsNoTracking();
        if (query.MineOnly) q = q.Where(f => f.OwnerId == actor.UserId);
        return query.View switch
        {
            FollowUpFilter.Open => q.Where(f => f.Status == FollowUpStatus.Open),
            FollowUpFilter.Overdue => q.Where(f => f.Status == FollowUpStatus.Open && f.DueOn < today),
            FollowUpFilter.Done => q.Where(f => f.Status == FollowUpStatus.Done),
            _ => q,
        };
    }

    /// <summary>Open follow-ups past their due date, team-wide, for the navigation badge (null for those who may not see them).</summary>
    public async Task<int?> OverdueCountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!Clearances.Of(actor).SeesFollowUps()) return null;
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open && f.DueOn < today, cancellationToken);
    }

    public async Task<SaveResult> SetStatusAsync(Actor actor, int id, FollowUpStatus status, long version, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null) return SaveResult.NotFound();
        if (followUp.Version != version) return SaveResult.Conflict();
        db.ExpectVersion(followUp, version);
        followUp.Status = status;
        followUp.CompletedAt = status == FollowUpStatus.Done ? clock.GetUtcNow() : null;
        return await db.SaveEditAsync(id, cancellationToken);
    }
}
