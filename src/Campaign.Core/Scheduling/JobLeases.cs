namespace Campaign.Scheduling;

public enum LeaseGrant
{
    /// <summary>The caller holds the lease until now + the duration asked for.</summary>
    Granted,
    /// <summary>Another holder's lease has not expired.</summary>
    HeldElsewhere,
    /// <summary>The job was already completed on the day the caller named.</summary>
    AlreadyCompleted,
}

/// <summary>
/// Leases on <see cref="JobLease"/> rows, so that of several app instances sharing one database exactly one runs a
/// scheduled job. Every change is one conditional UPDATE whose rows-affected count says who won: the database, not the
/// instances, decides, on SQLite (one writer at a time) and PostgreSQL (the second UPDATE re-reads the row it waited for)
/// alike. The rows are bookkeeping, not campaign records, so they are written past the audit trail.
/// </summary>
public sealed class JobLeases(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Takes the lease on <paramref name="job"/> for <paramref name="duration"/> if nobody holds it, it has expired, or
    /// <paramref name="holder"/> holds it already; with <paramref name="unlessCompletedOn"/>, only if the job was not
    /// completed on that day.
    /// </summary>
    public async Task<LeaseGrant> TryAcquireAsync(string job, string holder, TimeSpan duration, DateOnly? unlessCompletedOn = null,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TakeAsync(db, job, holder, now, now + duration, unlessCompletedOn, cancellationToken) == 1) return LeaseGrant.Granted;

        var lease = await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job, cancellationToken);
        if (lease is null)
        {
            // First use: create the row free and take it like any other, so an instance inserting at the same moment
            // neither fails nor wins twice.
            await CreateFreeAsync(db, job, now, cancellationToken);
            if (await TakeAsync(db, job, holder, now, now + duration, unlessCompletedOn, cancellationToken) == 1) return LeaseGrant.Granted;
            lease = await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == job, cancellationToken);
        }
        return unlessCompletedOn is { } day && lease.LastCompletedOn == day ? LeaseGrant.AlreadyCompleted : LeaseGrant.HeldElsewhere;
    }

    /// <summary>Extends the holder's lease to now + <paramref name="duration"/>; false if it is no longer theirs.</summary>
    public async Task<bool> RenewAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var until = clock.GetUtcNow() + duration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // An expired lease nobody else took is still the holder's: the UPDATE is as atomic as the one that took it.
        return await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
    }

    /// <summary>Records that the job was done for <paramref name="day"/> and releases the lease; false if it was not the holder's.</summary>
    public async Task<bool> CompleteAsync(string job, string holder, DateOnly day, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, day).SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, now),
                cancellationToken) == 1;
    }

    /// <summary>Gives the lease up without completing the job, so another instance (or the next run) may take it at once.</summary>
    public async Task<bool> ReleaseAsync(string job, string holder, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, now), cancellationToken) == 1;
    }

    /// <summary>The job's row as it is now (null before its first use): for reports, not for deciding who runs.</summary>
    public async Task<JobLease?> FindAsync(string job, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job, cancellationToken);
    }

    private static Task<int> TakeAsync(CampaignDbContext db, string job, string holder, DateTimeOffset now, DateTimeOffset until, DateOnly? unlessCompletedOn,
        CancellationToken cancellationToken)
    {
        var free = db.JobLeases.Where(l => l.Name == job && (l.Holder == null || l.Holder == holder || l.ExpiresAt <= now));
        if (unlessCompletedOn is { } day) free = free.Where(l => l.LastCompletedOn == null || l.LastCompletedOn != day);
        return free.ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
    }

    private static async Task CreateFreeAsync(CampaignDbContext db, string job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) makes a concurrent first insert harmless, with no exception to
        // catch and no audit entry. The value goes in as the model stores it (SQLite keeps DateTimeOffset as a sortable number).
        var expires = db.Model.FindEntityType(typeof(JobLease))!.FindProperty(nameof(JobLease.ExpiresAt))!.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(now)
            : now;
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAt") VALUES ({job}, NULL, {expires}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);
    }
}
