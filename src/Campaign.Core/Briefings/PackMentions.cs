using System.Globalization;
using System.IO.Compression;

namespace Campaign.Briefings;

/// <summary>Who a stored pack mentions (see <see cref="BriefingPackMention"/>), recorded with the pack and found again for erasure and subject access.</summary>
internal static class PackMentions
{
    /// <summary>The pack's subjects and everyone their relationships name (a pack lists each relationship with the other person's name).</summary>
    public static async Task<IReadOnlyList<int>> OfAsync(CampaignDbContext db, IReadOnlyCollection<int> subjects, CancellationToken cancellationToken)
    {
        var ids = subjects.Distinct().ToList();
        var to = await db.Relationships.AsNoTracking().Where(r => ids.Contains(r.FromStakeholderId) && r.ToStakeholderId != null)
            .Select(r => r.ToStakeholderId!.Value).ToListAsync(cancellationToken);
        var from = await db.Relationships.AsNoTracking().Where(r => r.ToStakeholderId != null && ids.Contains(r.ToStakeholderId.Value))
            .Select(r => r.FromStakeholderId).ToListAsync(cancellationToken);
        return ids.Concat(to).Concat(from).Distinct().ToList();
    }

    public static void Add(CampaignDbContext db, BriefingPack pack, IEnumerable<int> people)
    {
        foreach (var id in people.Distinct())
            db.Set<BriefingPackMention>().Add(new BriefingPackMention { BriefingPack = pack, StakeholderId = id });
    }

    /// <summary>The ids of every stored pack that mentions the person.</summary>
    public static async Task<IReadOnlyList<int>> PacksMentioningAsync(CampaignDbContext db, int stakeholderId, CancellationToken cancellationToken)
    {
        await RecordOlderBulkPacksAsync(db, cancellationToken);
        return await db.BriefingPacks.AsNoTracking()
            .Where(p => p.StakeholderId == stakeholderId || db.Set<BriefingPackMention>().Any(m => m.BriefingPackId == p.Id && m.StakeholderId == stakeholderId))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Bulk zips made before mentions were recorded have none (the migration could not look inside them). Their entries
    /// are named "name-ID.pdf", so the ids are read from the zip's directory once and recorded like any other pack's. A zip
    /// that cannot be read is recorded as mentioning nobody-known: <see cref="UnreadableBulkPacksAsync"/> lists those.
    /// </summary>
    private static async Task RecordOlderBulkPacksAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        var mentions = db.Set<BriefingPackMention>();
        var older = await db.BriefingPacks.AsNoTracking()
            .Where(p => p.ListDescription != null && !mentions.Any(m => m.BriefingPackId == p.Id))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var packId in older)
        {
            var content = await db.Set<BriefingPackFile>().AsNoTracking().Where(f => f.BriefingPackId == packId && f.ContentType == BriefingService.ZipType)
                .Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
            var ids = content is null ? [] : IdsInZip(content);
            var existing = await db.Stakeholders.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            foreach (var id in existing) mentions.Add(new BriefingPackMention { BriefingPackId = packId, StakeholderId = id });
        }
        if (older.Count > 0) await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Bulk zips whose people are unknown (no mention recorded even after reading them): erasure deletes them to be safe.</summary>
    public static async Task<IReadOnlyList<int>> UnreadableBulkPacksAsync(CampaignDbContext db, CancellationToken cancellationToken) =>
        await db.BriefingPacks.AsNoTracking()
            .Where(p => p.ListDescription != null && !db.Set<BriefingPackMention>().Any(m => m.BriefingPackId == p.Id))
            .Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The stakeholder ids in a bulk zip's entry names ("dr-rachel-iqbal-12.pdf" is 12); none when it is not a readable zip.</summary>
    internal static List<int> IdsInZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.Entries.Select(e => Path.GetFileNameWithoutExtension(e.Name))
                .Select(name => name[(name.LastIndexOf('-') + 1)..])
                .Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
                .Where(id => id > 0).Distinct().ToList();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
