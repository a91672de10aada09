using Microsoft.Extensions.Options;

namespace Campaign.Mail;

public sealed class NotificationPreferences
{
    public bool DigestEnabled { get; set; } = true;
    public TimeOnly DigestAt { get; set; } = new(8, 0);
    public bool AssignmentEmailsEnabled { get; set; } = true;
}

/// <summary>A user's own choice of reminder emails (the account page); nobody else's.</summary>
public sealed class NotificationSettings(IDbContextFactory<CampaignDbContext> contexts, IOptions<EmailOptions> options)
{
    public bool EmailConfigured => options.Value.Smtp.IsConfigured;

    public async Task<NotificationPreferences?> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new NotificationPreferences { DigestEnabled = u.DigestEnabled, DigestAt = u.DigestAt, AssignmentEmailsEnabled = u.AssignmentEmailsEnabled })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> SaveAsync(Actor actor, NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, cancellationToken);
        if (user is null) return false;
        user.DigestEnabled = preferences.DigestEnabled;
        // Whole minutes: the page offers no seconds, and a stray second would make the digest a minute late.
        user.DigestAt = new TimeOnly(preferences.DigestAt.Hour, preferences.DigestAt.Minute);
        user.AssignmentEmailsEnabled = preferences.AssignmentEmailsEnabled;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
