using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Campaign.Privacy;

/// <summary>
/// The keyed hashes that keep erased people out of later imports. Erasure adds a hash of the person's Parliament
/// member id and of each email they had; the Members, written-questions and CSV imports skip anyone who matches.
/// </summary>
internal static class ErasureSuppressions
{
    public const string KeyPurpose = "ErasureSuppression";

    /// <summary>
    /// The key, created on first use. Done in its own short save, before an erasure's transaction, so two instances
    /// erasing at the same moment on PostgreSQL cannot both create one: the loser's insert fails and it reads the winner's.
    /// </summary>
    public static async Task<byte[]> EnsureKeyAsync(CampaignDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await KeyAsync(db, cancellationToken) is { } existing) return existing;
        var key = new PrivacyKey { Purpose = KeyPurpose, Key = RandomNumberGenerator.GetBytes(32), CreatedAt = now };
        db.Set<PrivacyKey>().Add(key);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key.Key;
        }
        catch (DbUpdateException)
        {
            db.Entry(key).State = EntityState.Detached;
            return await KeyAsync(db, cancellationToken) ?? throw new InvalidOperationException("The erasure key could not be created.");
        }
    }

    /// <summary>Adds the hashes not there yet (inside the caller's transaction).</summary>
    public static async Task AddAsync(CampaignDbContext db, byte[] key, int? memberId, IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        var wanted = emails.Select(NormaliseEmail).Where(e => e.Length > 0).Distinct()
            .Select(e => (Kind: SuppressionKind.Email, Hash: Hash(key, SuppressionKind.Email, e))).ToList();
        if (memberId is { } id) wanted.Add((SuppressionKind.ParliamentMemberId, Hash(key, SuppressionKind.ParliamentMemberId, MemberValue(id))));
        var hashes = wanted.Select(w => w.Hash).ToList();
        var present = await db.Set<ErasureSuppression>().Where(s => hashes.Contains(s.Hash)).Select(s => s.Hash).ToListAsync(cancellationToken);
        foreach (var (kind, hash) in wanted.Where(w => !present.Contains(w.Hash)))
            db.Set<ErasureSuppression>().Add(new ErasureSuppression { Kind = kind, Hash = hash });
    }

    /// <summary>Everyone suppressed, for checking an import's rows; empty (and no key made) when nobody was ever erased.</summary>
    public static async Task<Suppressed> LoadAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        if (await KeyAsync(db, cancellationToken) is not { } key) return Suppressed.None;
        var hashes = await db.Set<ErasureSuppression>().AsNoTracking().Select(s => s.Hash).ToListAsync(cancellationToken);
        return new Suppressed(key, hashes.ToHashSet(StringComparer.Ordinal));
    }

    private static async Task<byte[]?> KeyAsync(CampaignDbContext db, CancellationToken cancellationToken) =>
        await db.Set<PrivacyKey>().AsNoTracking().Where(k => k.Purpose == KeyPurpose).Select(k => k.Key).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Emails compare trimmed and in lower case, as people type them in any case.</summary>
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    private static string MemberValue(int memberId) => memberId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The kind is part of what is hashed, so a member id can never match an email that happens to be the same text.</summary>
    private static string Hash(byte[] key, SuppressionKind kind, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{kind}:{value}")));

    public sealed class Suppressed(byte[]? key, HashSet<string> hashes)
    {
        public static readonly Suppressed None = new(null, []);

        public bool IsEmpty => key is null || hashes.Count == 0;

        public bool Member(int? memberId) =>
            memberId is { } id && !IsEmpty && hashes.Contains(Hash(key!, SuppressionKind.ParliamentMemberId, MemberValue(id)));

        public bool Email(string? email) =>
            !string.IsNullOrWhiteSpace(email) && !IsEmpty && hashes.Contains(Hash(key!, SuppressionKind.Email, NormaliseEmail(email)));
    }
}
