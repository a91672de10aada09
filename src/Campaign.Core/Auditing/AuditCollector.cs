using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Campaign.Auditing;

/// <summary>
/// Captures what a save changes, before it runs (original values are gone afterwards), and turns it into
/// audit entries after it runs (generated keys are known only then).
/// </summary>
internal static class AuditCollector
{
    // Secrets and bookkeeping that would only add noise or leak credentials; values the database derives itself.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Version", "UpdatedAt", "CreatedAt",
        "IsCurrent", "LatestContactAt", "LatestOpenContactAt",
        // A calendar feed's token hash is a credential's fingerprint; its last use is bookkeeping, not an action.
        "TokenHash", "LastUsedAt",
    };

    public static List<PendingAudit> Capture(ChangeTracker tracker)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in tracker.Entries())
        {
            // Data Protection and privacy keys are key material, not campaign records: never copied into the trail. Pack
            // mentions and erasure suppressions are bookkeeping written with a pack or an erasure, which is audited itself. What
            // the monitor copies from Parliament is public record fetched by thousands; triaging it records positions and contacts,
            // which are audited.
            if (entry.Entity is AuditEntry or DataProtectionKey or Privacy.PrivacyKey or Privacy.ErasureSuppression or Briefings.BriefingPackMention
                || entry.Entity is Monitoring.MonitorItem or Monitoring.BillStage or Monitoring.BillAmendment
                // The outbox is bookkeeping of what was emailed; the follow-ups it reports on are audited themselves.
                || entry.Entity is Mail.SentEmail
                || entry.State is EntityState.Detached or EntityState.Unchanged) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var changes = new Dictionary<string, FieldChange>(StringComparer.Ordinal);
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (Ignored.Contains(name)) continue;
                switch (action)
                {
                    case AuditAction.Deleted:
                        changes[name] = new FieldChange(property.OriginalValue, null);
                        break;
                    case AuditAction.Updated when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        changes[name] = new FieldChange(property.OriginalValue, property.CurrentValue);
                        break;
                }
            }
            if (action == AuditAction.Updated && changes.Count == 0) continue;
            pending.Add(new PendingAudit(entry, action, changes, action == AuditAction.Deleted ? KeyOf(entry) : null));
        }
        return pending;
    }

    public static AuditEntry ToEntry(PendingAudit pending, Actor? actor, DateTimeOffset at)
    {
        var key = pending.DeletedKey ?? KeyOf(pending.Entry);
        // A new row's values, generated keys and foreign keys included, are only final after the save.
        if (pending.Action == AuditAction.Created)
        {
            foreach (var property in pending.Entry.Properties.Where(p => p.CurrentValue is not null && !Ignored.Contains(p.Metadata.Name)))
                pending.Changes[property.Metadata.Name] = new FieldChange(null, property.CurrentValue);
        }
        return new AuditEntry
        {
            At = at,
            UserId = actor?.UserId,
            UserName = actor?.Name ?? "System",
            EntityType = pending.Entry.Metadata.ClrType == typeof(Dictionary<string, object>)
                ? pending.Entry.Metadata.Name
                : pending.Entry.Metadata.ClrType.Name,
            EntityId = key,
            Action = pending.Action,
            Changes = JsonSerializer.Serialize(pending.Changes.ToDictionary(c => c.Key, c => new { before = c.Value.Before, after = c.Value.After })),
        };
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue));
}

internal sealed record PendingAudit(EntityEntry Entry, AuditAction Action, Dictionary<string, FieldChange> Changes, string? DeletedKey);

internal sealed record FieldChange(object? Before, object? After)
{
    // Binary values (stored files) are recorded by size: their bytes would swamp the trail.
    public object? Before { get; } = Summarise(Before);

    public object? After { get; } = Summarise(After);

    private static object? Summarise(object? value) => value is byte[] bytes ? $"({bytes.Length} bytes)" : value;
}
