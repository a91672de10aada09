using System.ComponentModel.DataAnnotations;
namespace Campaign.Privacy;

/// <summary>
/// A secret created once (32 random bytes) and kept in the database beside the Data Protection keys, so every app
/// instance on the database uses the same one. Guard it as those keys are guarded.
/// </summary>
public class PrivacyKey
{
    public int Id { get; set; }

    /// <summary>What the key is for, e.g. <see cref="ErasureSuppressions.KeyPurpose"/>; one key per purpose.</summary>
    [MaxLength(50)]
    public required string Purpose { get; set; }

    public required byte[] Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
