using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Campaign.Mail;

public sealed record EmailStatusReport(bool IsConfigured, string? Host, int? Port, int Failed, int Pending);

public sealed record EmailListItem(
    int Id, EmailKind Kind, string ToAddress, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, EmailStatus Status,
    int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>
/// The outbox: sends pending messages whose time has come, backs off after a failure (1, 5, 30 minutes, …) and marks a
/// message failed after <see cref="EmailOptions.MaxAttempts"/> attempts, for administrators to see and retry.
/// </summary>
public sealed class EmailOutbox(IDbContextFactory<CampaignDbContext> contexts, SmtpMailer mailer, TimeProvider clock, IOptions<EmailOptions> options,
    ILogger<EmailOutbox> logger)
{
    private static readonly TimeSpan[] BackOff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>A message written while email was not configured is not sent when it is, a day later: it would be stale.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    // How long an instance may take to send a message it claimed before another may try it.
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public bool IsConfigured => options.Value.Smtp.IsConfigured;

    /// <summary>Sends what is due; returns how many were sent. Nothing happens when email is not configured.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        if (!IsConfigured) return 0;
        var now = clock.GetUtcNow();
        List<int> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            due = await db.SentEmails.Where(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now)
                .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id).Select(e => e.Id).Take(100).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
            if (await DeliverAsync(id, cancellationToken)) sent++;
        return sent;
    }

    private async Task<bool> DeliverAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Claim it: of several instances, the one whose UPDATE changes the row sends it.
        var claimed = await db.SentEmails.Where(e => e.Id == id && e.Status == EmailStatus.Pending && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, now + ClaimFor), cancellationToken);
        if (claimed != 1) return false;
        var email = await db.SentEmails.Include(e => e.User).SingleAsync(e => e.Id == id, cancellationToken);
        if (now - email.CreatedAt > MaxAge)
        {
            email.Status = EmailStatus.Failed;
            email.LastError = "Not sent: it waited more than a day (was email configured?).";
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
        try
        {
            email.Body ??= await ComposeAsync(db, email, cancellationToken);
            await mailer.SendAsync(mailer.Message(email.ToAddress, email.User?.DisplayName, email.Subject, email.Body), cancellationToken);
            email.Attempts++;
            email.Status = EmailStatus.Sent;
            email.SentAt = clock.GetUtcNow();
            email.LastError = null;
            // The text names stakeholders; once sent, the record (to whom, when, which follow-ups) is what is kept.
            email.Body = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            email.Attempts++;
            email.LastError = Describe(ex);
            if (email.Attempts >= options.Value.MaxAttempts)
            {
                email.Status = EmailStatus.Failed;
                logger.LogError("Email {Id} ({Kind}) to {To} failed {Attempts} times and will not be tried again: {Error}", email.Id, email.Kind, email.ToAddress,
                    email.Attempts, email.LastError);
            }
            else
            {
                email.NextAttemptAt = clock.GetUtcNow() + BackOff[Math.Min(email.Attempts - 1, BackOff.Length - 1)];
                logger.LogWarning("Email {Id} ({Kind}) to {To} was not sent; it will be tried again at {Next:HH:mm}: {Error}", email.Id, email.Kind,
                    email.ToAddress, email.NextAttemptAt, email.LastError);
            }
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return email.Status == EmailStatus.Sent;
    }

    /// <summary>An assignment's text, from the follow-up as it is now (it may have been renamed or moved since).</summary>
    private async Task<string> ComposeAsync(CampaignDbContext db, SentEmail email, CancellationToken cancellationToken)
    {
        var item = email.FollowUpId is { } id
            ? await db.FollowUps.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new EmailText.DigestItem(f.Id, f.Title, f.DueOn, f.StakeholderId, f.Stakeholder != null ? f.Stakeholder.DisplayName : null,
                    f.InteractionId, f.Interaction != null ? f.Interaction.Title : null))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (item is null) throw new InvalidOperationException("The follow-up this email is about no longer exists.");
        var headline = email.Subject.StartsWith(EmailText.SubjectPrefix, StringComparison.Ordinal) ? email.Subject[EmailText.SubjectPrefix.Length..] : email.Subject;
        return EmailText.AssignmentBody(options.Value, headline, item);
    }

    /// <summary>
    /// Sends at once and records the message without its body (a password reset: its link must not be kept, and a retry
    /// later could not send it anyway). A failure is recorded as failed; the user can ask again.
    /// </summary>
    public async Task<bool> SendNowAsync(SentEmail record, string body, string? toName, CancellationToken cancellationToken = default)
    {
        record.Body = null;
        record.Attempts = 1;
        record.NextAttemptAt = clock.GetUtcNow();
        try
        {
            await mailer.SendAsync(mailer.Message(record.ToAddress, toName, record.Subject, body), cancellationToken);
            record.Status = EmailStatus.Sent;
            record.SentAt = clock.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            record.Status = EmailStatus.Failed;
            record.LastError = Describe(ex);
            logger.LogError("A {Kind} email to {To} could not be sent: {Error}", record.Kind, record.ToAddress, record.LastError);
        }
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.SentEmails.Add(record);
        await db.SaveChangesAsync(CancellationToken.None);
        return record.Status == EmailStatus.Sent;
    }

    /// <summary>What an administrator needs to see: the server's reply code, or what went wrong on the way.</summary>
    private static string Describe(Exception ex) => FieldLengths.Fit(ex switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => $"The server answered {(int)smtp.StatusCode}: {smtp.Message}",
        System.Net.Sockets.SocketException socket => $"Could not connect: {socket.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    }, 1000);

    public async Task<EmailStatusReport> StatusAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var failed = await db.SentEmails.CountAsync(e => e.Status == EmailStatus.Failed, cancellationToken);
        var pending = await db.SentEmails.CountAsync(e => e.Status == EmailStatus.Pending, cancellationToken);
        var smtp = options.Value.Smtp;
        return new EmailStatusReport(smtp.IsConfigured, smtp.IsConfigured ? smtp.Host : null, smtp.IsConfigured ? smtp.Port : null, failed, pending);
    }

    /// <summary>Recent messages for administrators, failures first, then newest first.</summary>
    public async Task<IReadOnlyList<EmailListItem>> ListAsync(Actor actor, int take = 100, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SentEmails.AsNoTracking()
            .OrderBy(e => e.Status == EmailStatus.Failed ? 0 : 1).ThenByDescending(e => e.Id).Take(take)
            .Select(e => new EmailListItem(e.Id, e.Kind, e.ToAddress, e.Subject, e.CreatedAt, e.SentAt, e.Status, e.Attempts, e.NextAttemptAt, e.LastError))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>Puts a failed message back in the queue, due now, with its attempts counted afresh.</summary>
    public async Task<bool> RetryAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A password reset kept no link to resend; a stale message is re-dated so it is not refused as old.
        return await db.SentEmails.Where(e => e.Id == id && e.Status == EmailStatus.Failed && e.Kind != EmailKind.PasswordReset)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EmailStatus.Pending).SetProperty(e => e.Attempts, 0)
                .SetProperty(e => e.NextAttemptAt, now).SetProperty(e => e.CreatedAt, now), cancellationToken) == 1;
    }
}
