using System.Text.Json;
using Campaign.Auditing;
using Campaign.Briefings;

namespace Campaign.Privacy;

/// <summary>
/// Deletes every stored briefing pack that mentions an erased person, with audit entries that name no one. Another person's
/// pack, or a meeting's still to come, is rebuilt without them once the erasure commits; packs about them and bulk zips are not.
/// </summary>
internal static class PackErasure
{
    public const string Reason = "erased on request";

    /// <summary>A pack to make again once the erasure is committed: for a person or a meeting, in the same edition, with the same library versions appended.</summary>
    public sealed record Rebuild(int? StakeholderId, int? InteractionId, BriefingEdition Edition)
    {
        public IReadOnlyList<PackAppendixRequest> Appendices { get; init; } = [];
    }

    /// <summary>A pack's list description or file name as read, and as it must become.</summary>
    public sealed record Strike(int PackId, string Before, string After);

    /// <param name="DeletedFor">How many packs mention each erased person.</param>
    /// <param name="UpTo">The newest pack when planned: later ones are struck in the erasure's transaction.</param>
    public sealed record Plan(
        IReadOnlyDictionary<int, int> DeletedFor, IReadOnlyList<int> Deleted, IReadOnlyList<Rebuild> Rebuilds, int UpTo,
        IReadOnlyList<Strike> Descriptions, IReadOnlyList<Strike> FileNames);

    /// <summary>Which packs go, which are made again, and what the others' names lose; nothing is written.</summary>
    public static async Task<Plan> PlanAsync(CampaignDbContext db, IReadOnlyList<ErasedPerson> people, DateTime localNow, CancellationToken cancellationToken)
    {
        var upTo = await db.BriefingPacks.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0;
        var (deletedFor, packIds) = await MentioningAsync(db, people, cancellationToken);

        var erased = people.Select(p => p.Id).ToList();
        var packs = await db.BriefingPacks.AsNoTracking().Where(p => packIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.StakeholderId, p.InteractionId, p.ListDescription, p.IsInternal,
                SubjectErased = p.Stakeholder != null && p.Stakeholder.AnonymisedAt != null,
                MeetingAhead = p.Interaction != null && p.Interaction.OccurredAt > localNow,
            })
            .ToListAsync(cancellationToken);
        // Appendices pinned to the versions the pack carried (those still in the library).
        var appendices = (await db.Set<BriefingPackAppendix>().AsNoTracking().Where(a => packIds.Contains(a.BriefingPackId) && a.LibraryVersionId != null)
                .OrderBy(a => a.Position).Select(a => new { a.BriefingPackId, a.LibraryVersion!.DocumentId, VersionId = a.LibraryVersionId!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.BriefingPackId, a => new PackAppendixRequest(a.DocumentId, a.VersionId));
        var rebuilds = packs
            .Select(p => (p.ListDescription is not null ? null
                : p.InteractionId is { } meeting ? p.MeetingAhead ? new Rebuild(null, meeting, Edition(p.IsInternal)) : null
                : p.StakeholderId is { } subject && !erased.Contains(subject) && !p.SubjectErased ? new Rebuild(subject, null, Edition(p.IsInternal))
                : null) is { } rebuild ? rebuild with { Appendices = appendices[p.Id].ToList() } : null)
            .OfType<Rebuild>().DistinctBy(r => (r.StakeholderId, r.InteractionId, r.Edition, string.Join(",", r.Appendices))).ToList();
        var (descriptions, fileNames) = await StrikesAsync(db, people, packIds, 0, upTo, cancellationToken);
        return new Plan(deletedFor, packIds, rebuilds, upTo, descriptions, fileNames);
    }

    /// <summary>True when the packs that mention them are the ones planned (in the erasure's transaction).</summary>
    public static async Task<bool> StillCurrentAsync(CampaignDbContext db, Plan plan, IReadOnlyList<ErasedPerson> people, CancellationToken cancellationToken) =>
        (await MentioningAsync(db, people, cancellationToken)).Ids.SequenceEqual(plan.Deleted);

    /// <summary>
    /// Deletes the planned packs (the record, its file and its mentions), each with an audit entry that names no one, and
    /// strikes their names from the others; false if a name was changed meanwhile (the erasure is then planned again).
    /// </summary>
    public static async Task<bool> ApplyAsync(
        CampaignDbContext db, Actor actor, Plan plan, IReadOnlyList<ErasedPerson> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var packIds = plan.Deleted.ToList();
        // The files and mentions go with the pack (cascading foreign keys), without the change tracker copying the file name into the audit.
        await db.BriefingPacks.Where(p => packIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in packIds)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = now, UserId = actor.UserId, UserName = actor.Name, EntityType = nameof(BriefingPack),
                EntityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = AuditAction.Deleted,
                Changes = JsonSerializer.Serialize(new Dictionary<string, object?> { ["Deleted"] = new { before = (object?)null, after = Reason } }),
            });
        }
        // Packs made since the plan are read now: there are few.
        var (descriptions, fileNames) = await StrikesAsync(db, people, packIds, plan.UpTo, int.MaxValue, cancellationToken);
        foreach (var (id, before, after) in plan.Descriptions.Concat(descriptions))
        {
            if (await db.BriefingPacks.Where(p => p.Id == id && p.ListDescription == before).ExecuteUpdateAsync(u => u.SetProperty(p => p.ListDescription, after), cancellationToken) == 0)
                return false;
        }
        foreach (var (id, before, after) in plan.FileNames.Concat(fileNames))
        {
            if (await db.Set<BriefingPackFile>().Where(f => f.BriefingPackId == id && f.FileName == before).ExecuteUpdateAsync(u => u.SetProperty(f => f.FileName, after), cancellationToken) == 0)
                return false;
        }
        return true;
    }

    /// <summary>Every pack that mentions them, and a bulk zip whose people could not be read (it might hold them: deleted rather than kept on a guess).</summary>
    private static async Task<(Dictionary<int, int> DeletedFor, List<int> Ids)> MentioningAsync(CampaignDbContext db, IReadOnlyList<ErasedPerson> people, CancellationToken cancellationToken)
    {
        var deletedFor = new Dictionary<int, int>();
        var ids = new SortedSet<int>();
        foreach (var person in people)
        {
            var mentioning = await PackMentions.PacksMentioningAsync(db, person.Id, cancellationToken);
            deletedFor[person.Id] = mentioning.Count;
            ids.UnionWith(mentioning);
        }
        ids.UnionWith(await PackMentions.UnreadableBulkPacksAsync(db, cancellationToken));
        return (deletedFor, ids.ToList());
    }

    /// <summary>A list description or file name of a pack that stays may still hold a name (a directory search for them, a meeting titled after them).</summary>
    private static async Task<(List<Strike> Descriptions, List<Strike> FileNames)> StrikesAsync(
        CampaignDbContext db, IReadOnlyList<ErasedPerson> people, List<int> deleted, int after, int upTo, CancellationToken cancellationToken)
    {
        string StrikeAll(string text) => people.Aggregate(text, (current, person) => JsonStrings.Strike(current, person.Identifying));

        var descriptions = (await db.BriefingPacks.AsNoTracking().Where(p => p.ListDescription != null && p.Id > after && p.Id <= upTo && !deleted.Contains(p.Id))
                .Select(p => new { p.Id, p.ListDescription }).ToListAsync(cancellationToken))
            .Select(p => new Strike(p.Id, p.ListDescription!, StrikeAll(p.ListDescription!))).Where(s => s.After != s.Before).ToList();
        var fileNames = (await db.Set<BriefingPackFile>().AsNoTracking().Where(f => f.BriefingPackId > after && f.BriefingPackId <= upTo && !deleted.Contains(f.BriefingPackId))
                .Select(f => new { f.BriefingPackId, f.FileName }).ToListAsync(cancellationToken))
            .Select(f => new Strike(f.BriefingPackId, f.FileName, StrikeAll(f.FileName).Replace(Anonymiser.Struck, "erased", StringComparison.Ordinal)))
            .Where(s => s.After != s.Before).ToList();
        return (descriptions, fileNames);
    }

    private static BriefingEdition Edition(bool isInternal) => isInternal ? BriefingEdition.Internal : BriefingEdition.Shareable;
}
