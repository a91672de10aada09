using System.ComponentModel.DataAnnotations;

namespace Campaign.Scheduling;

/// <summary>
/// A scheduled job's lease, one row a job: the app instance named in <see cref="Holder"/> runs the job until
/// <see cref="ExpiresAt"/>; other instances sharing the database skip it. <see cref="LastCompletedOn"/> keeps a
/// restarted or second instance from running the same day's job twice.
/// </summary>
public class JobLease
{
    [Key, MaxLength(100)]
    public required string Name { get; set; }

    [MaxLength(200)]
    public string? Holder { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateOnly? LastCompletedOn { get; set; }
}
