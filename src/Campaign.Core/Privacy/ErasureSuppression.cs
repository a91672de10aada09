namespace Campaign.Privacy;

public enum SuppressionKind
{
    ParliamentMemberId,
    Email,
}

/// <summary>
/// Stops imports re-creating someone who was erased: a keyed hash (HMAC-SHA256 with the <see cref="PrivacyKey"/>) of
/// their Parliament member id or email. Nothing readable: without the key the hash cannot be tested against a guess,
/// and there is no link to the erased record.
/// </summary>
public class ErasureSuppression
{
    public int Id { get; set; }
    public SuppressionKind Kind { get; set; }

    /// <summary>Lower-case hex of the HMAC (64 characters).</summary>
    public required string Hash { get; set; }
}
