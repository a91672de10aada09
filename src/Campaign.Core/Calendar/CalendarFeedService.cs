using System.Security.Cryptography;
using System.Text;
using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Scheduling;

namespace Campaign.Calendar;

public sealed record CalendarFeedStatus(DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, bool IncludeConfidential);

/// <summary>
/// Staff members' private iCalendar feeds: their open follow-ups and the meetings they attend. The token in the feed's
/// address is the only credential a calendar provider can present, so it is random, stored only as a hash, shown once,
/// and one live token a user at most: issuing a new one revokes the old in the same save.
/// </summary>
public sealed class CalendarFeedService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>Meetings from this many days ago onwards: recent ones stay visible, older history is the app's job.</summary>
    public const int PastDays = 30;

    /// <summary>A feed fetched every few minutes by several devices records its last use at most this often.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(15);

    public async Task<CalendarFeedStatus?> GetStatusAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var userId = StaffUserId(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Live(db, userId).Select(t => new CalendarFeedStatus(t.CreatedAt, t.LastUsedAt, t.IncludeConfidential))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Issues a new token (revoking any live one: this is also "rotate") and returns it; it cannot be read again.</summary>
    public async Task<string> IssueAsync(Actor actor, bool includeConfidential, CancellationToken cancellationToken = default)
    {
        var userId = StaffUserId(actor);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        foreach (var old in await Live(db, userId).ToListAsync(cancellationToken)) old.RevokedAt = now;
        db.CalendarFeedTokens.Add(new CalendarFeedToken { UserId = userId, TokenHash = Hash(token), IncludeConfidential = includeConfidential, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Stops the user's feed; false when there was none.</summary>
    public async Task<bool> RevokeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var userId = StaffUserId(actor);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var live = await Live(db, userId).ToListAsync(cancellationToken);
        foreach (var token in live) token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return live.Count > 0;
    }

    /// <summary>
    /// The feed for a token, or null when the token is unknown or revoked, or its user is disabled, awaiting a new
    /// password, or no longer staff: all look alike to the caller. Read afresh each time (an erased person's name is gone).
    /// </summary>
    public async Task<string?> GetFeedAsync(string token, Uri appBase, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token)) return null;
        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeedTokens.AsNoTracking().Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.UserId, t.IncludeConfidential, t.LastUsedAt, t.User!.DisplayName, t.User.IsDisabled, t.User.MustChangePassword, t.User.PartnerOrganisationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (feed is null || feed.IsDisabled || feed.MustChangePassword) return null;
        var roles = await db.UserRoles.Where(ur => ur.UserId == feed.UserId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        var owner = new Actor(feed.UserId, feed.DisplayName, roles.ToHashSet(StringComparer.Ordinal), feed.PartnerOrganisationId);
        if (!owner.Can(Permission.ViewConfidential)) return null;

        var now = clock.GetUtcNow();
        if (feed.LastUsedAt is null || now - feed.LastUsedAt >= LastUsedResolution)
        {
            try
            {
                // Bookkeeping, not an edit: a direct update, outside the audit trail.
                await db.CalendarFeedTokens.Where(t => t.Id == feed.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            }
            catch (System.Data.Common.DbException)
            {
                // A busy database must not cost the user their calendar: the next fetch records the use.
            }
        }

        var clearance = Clearances.Of(owner);
        var include = feed.IncludeConfidential;
        var followUps = db.FollowUps.AsNoTracking().VisibleTo(clearance)
            .Where(f => f.OwnerId == feed.UserId && f.Status == FollowUpStatus.Open)
            .Where(f => include || f.Interaction == null || !f.Interaction.IsConfidential);
        var from = DailySchedule.DateIn(now, DailySchedule.UkTime).AddDays(-PastDays).ToDateTime(TimeOnly.MinValue);
        var interactions = db.Interactions.AsNoTracking().VisibleTo(clearance)
            .Where(i => i.Staff.Any(s => s.UserId == feed.UserId) && i.OccurredAt >= from && CalendarItems.Attended.Contains(i.Kind))
            .Where(i => include || !i.IsConfidential);

        var items = await CalendarItems.FollowUpsAsync(followUps, appBase, cancellationToken);
        items.AddRange(await CalendarItems.InteractionsAsync(interactions, appBase, cancellationToken));
        return IcsWriter.Write($"Campaign: {feed.DisplayName}", items, now);
    }

    private static IQueryable<CalendarFeedToken> Live(CampaignDbContext db, string userId) =>
        db.CalendarFeedTokens.Where(t => t.UserId == userId && t.RevokedAt == null);

    /// <summary>Feeds are for staff: follow-ups do not exist in the coalition view, and the system has no diary.</summary>
    private static string StaffUserId(Actor actor)
    {
        actor.Demand(Permission.ViewConfidential);
        return actor.UserId ?? throw new AccessDeniedException(actor, Permission.ViewConfidential);
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // 32 bytes are 43 base64url characters; anything else is not worth a database query.
    private static bool LooksLikeToken(string token) =>
        token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
