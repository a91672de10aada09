using System.Text.Json;

namespace Campaign.Auditing;

public sealed record AuditQuery(string? EntityType = null, string? EntityId = null, string? UserName = null, int Page = 0, int PageSize = 50);

public sealed record AuditRow(long Id, DateTimeOffset At, string? UserName, string EntityType, string EntityId, AuditAction Action, IReadOnlyList<AuditFieldChange> Changes);

public sealed record AuditFieldChange(string Field, string? Before, string? After);

/// <summary>Reads the append-only audit trail (administrators only), newest first, paged in SQL.</summary>
public sealed class AuditTrail(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<PagedResult<AuditRow>> ListAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewAudit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType)) q = q.Where(a => a.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) q = q.Where(a => a.EntityId == query.EntityId);
        if (!string.IsNullOrWhiteSpace(query.UserName))
            q = q.Where(a => EF.Functions.Like(a.UserName, SearchPattern.Contains(query.UserName), SearchPattern.Escape));

        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 0);
        var total = await q.CountAsync(cancellationToken);
        var rows = await q.OrderByDescending(a => a.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<AuditRow>(rows.Select(ToRow).ToList(), total, page, pageSize);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewAudit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    internal static AuditRow ToRow(AuditEntry entry)
    {
        using var document = JsonDocument.Parse(entry.Changes);
        var changes = document.RootElement.EnumerateObject()
            .Select(p => new AuditFieldChange(p.Name, Text(p.Value.GetProperty("before")), Text(p.Value.GetProperty("after"))))
            .ToList();
        return new AuditRow(entry.Id, entry.At, entry.UserName, entry.EntityType, entry.EntityId, entry.Action, changes);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
