using System.ComponentModel.DataAnnotations;
namespace Campaign.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Imported,
    Viewed,
    Exported,
    Erased,
}

/// <summary>Append-only record of a write: who, when, what, and each field's value before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    [MaxLength(256)]
    public string? UserName { get; set; }
    [MaxLength(100)]
    public required string EntityType { get; set; }
    [MaxLength(100)]
    public required string EntityId { get; set; }
    public AuditAction Action { get; set; }
    public string Changes { get; set; } = "{}";
}
