using System.ComponentModel.DataAnnotations;

namespace Campaign.Calendar;

/// <summary>
/// A staff user's private calendar feed. Only the SHA-256 hash of the token is kept: the token itself is shown once, so a
/// copy of the database cannot be used to read anyone's diary. Revoked rows stay, as the record of when a feed stopped.
/// </summary>
public class CalendarFeedToken
{
    public int Id { get; set; }

    [MaxLength(450)]
    public required string UserId { get; set; }
    public CampaignUser? User { get; set; }

    /// <summary>Lower-case hex of SHA-256 over the token's characters.</summary>
    [MaxLength(64)]
    public required string TokenHash { get; set; }

    /// <summary>The user chose to let confidential meetings (and their follow-ups) into the feed.</summary>
    public bool IncludeConfidential { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
