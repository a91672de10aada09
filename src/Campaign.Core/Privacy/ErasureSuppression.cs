using System.ComponentModel.DataAnnotations;
namespace Campaign.Privacy;

public enum SuppressionKind
{
    ParliamentMemberId,
    Email,
}

/// <summary>
/// Stops imports re-creating someone erased: an HMAC-SHA256 (<see cref="PrivacyKey"/>) of their member id or an email, which
/// without the key cannot be tested against a guess, and with no link to the erased record.
/// </summary>
public class ErasureSuppression
{
    public int Id { get; set; }
    public SuppressionKind Kind { get; set; }

    /// <summary>Lower-case hex of the HMAC (64 characters).</summary>
    [MaxLength(64)]
    public required string Hash { get; set; }
}
