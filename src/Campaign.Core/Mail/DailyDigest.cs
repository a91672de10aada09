using Campaign.Engagements;
using Campaign.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Campaign.Mail;

/// <summary>
/// Writes each staff user's daily digest into the outbox once their chosen time (UK) has passed: overdue follow-ups and
/// those due in the next seven days; nothing due, no digest. Of several instances the holder of the "email-digest" lease
/// runs a pass, and the unique (user, kind, day) index makes sure a day's digest is written once even if two passes meet.
/// </summary>
public sealed class DailyDigest(IDbContextFactory<CampaignDbContext> contexts, JobLeases leases, IOptions<EmailOptions> options, ILogger<DailyDigest> logger)
{
    public const string JobName = "email-digest";

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>This instance, as the lease names it.</summary>
    internal string Holder { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Writes the digests due at <paramref name="now"/>; returns how many were written here.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Smtp.IsConfigured) return 0;
        if (await leases.TryAcquireAsync(JobName, Holder, LeaseDuration, cancellationToken: cancellationToken) != LeaseGrant.Granted) return 0;
        try
        {
            var local = TimeZoneInfo.ConvertTime(now, DailySchedule.UkTime);
            var today = DateOnly.FromDateTime(local.DateTime);
            var time = TimeOnly.FromDateTime(local.DateTime);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var users = await Recipients.Staff(db).AsNoTracking()
                .Where(u => u.DigestEnabled && !db.SentEmails.Any(e => e.UserId == u.Id && e.Kind == EmailKind.Digest && e.ForDay == today))
                .Select(u => new { u.Id, u.Email, u.DisplayName, u.DigestAt })
                .ToListAsync(cancellationToken);
            var written = 0;
            foreach (var user in users.Where(u => u.DigestAt <= time))
            {
                var items = await db.FollowUps.AsNoTracking()
                    .Where(f => f.OwnerId == user.Id && f.Status == FollowUpStatus.Open && f.DueOn <= today.AddDays(6))
                    .OrderBy(f => f.DueOn).ThenBy(f => f.Id)
                    .Select(f => new EmailText.DigestItem(f.Id, f.Title, f.DueOn, f.StakeholderId, f.Stakeholder != null ? f.Stakeholder.DisplayName : null,
                        f.InteractionId, f.Interaction != null ? f.Interaction.Title : null))
                    .ToListAsync(cancellationToken);
                if (items.Count == 0) continue;
                var overdue = items.Where(i => i.DueOn < today).ToList();
                var thisWeek = items.Where(i => i.DueOn >= today).ToList();
                if (await TryWriteAsync(new SentEmail
                    {
                        Kind = EmailKind.Digest, UserId = user.Id, ToAddress = user.Email!, ForDay = today, Status = EmailStatus.Pending,
                        Subject = EmailText.DigestSubject(overdue.Count, thisWeek.Count),
                        Body = EmailText.DigestBody(settings, user.DisplayName, today, overdue, thisWeek),
                        FollowUpIds = FieldLengths.Fit(string.Join(",", items.Select(i => i.Id)), 4000),
                        NextAttemptAt = now,
                    }, cancellationToken))
                    written++;
            }
            if (written > 0) logger.LogInformation("Wrote {Count} daily digests for {Day}.", written, today);
            return written;
        }
        finally
        {
            await leases.ReleaseAsync(JobName, Holder, CancellationToken.None);
        }
    }

    /// <summary>False when another instance wrote this user's digest for the day first: that is the one that is sent.</summary>
    private async Task<bool> TryWriteAsync(SentEmail digest, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SentEmails.Add(digest);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueIndexClash.Is(ex))
        {
            return false;
        }
    }
}
