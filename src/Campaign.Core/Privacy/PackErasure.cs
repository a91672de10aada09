using System.Text.Json;
using Campaign.Auditing;
using Campaign.Briefings;
using Campaign.Data;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Privacy;

/// <summary>
/// Deletes every stored briefing pack that mentions an erased person (the record, its file and its mentions), with an
/// audit entry per pack that names no one. A pack that can be made again without them is rebuilt after the erasure
/// commits (see <see cref="PrivacyService"/>): another person's pack that named them through a relationship (now
/// gone), or the pack of a meeting still to come (they stay an attendee, as "Erased person N"). Packs about them and
/// bulk zips holding their pack cannot be, and are only deleted.
/// </summary>
internal static class PackErasure
{
    public const string Reason = "erased on request";

    /// <summary>A pack to make again once the erasure is committed: for a person or a meeting, in the same edition.</summary>
    public sealed record Rebuild(int? StakeholderId, int? InteractionId, BriefingEdition Edition);

    public sealed record Outcome(IReadOnlyDictionary<int, int> DeletedFor, IReadOnlyList<int> Deleted, IReadOnlyList<Rebuild> Rebuilds);

    public static async Task<Outcome> DeleteAsync(
        CampaignDbContext db, Actor actor, IReadOnlyList<ErasedPerson> people, DateTimeOffset now, DateTime localNow, CancellationToken cancellationToken)
    {
        var deletedFor = new Dictionary<int, int>();
        var ids = new SortedSet<int>();
        foreach (var person in people)
        {
            var mentioning = await PackMentions.PacksMentioningAsync(db, person.Id, cancellationToken);
            deletedFor[person.Id] = mentioning.Count;
            ids.UnionWith(mentioning);
        }
        // A bulk zip whose people could not be read might hold them: deleted rather than kept on a guess.
        ids.UnionWith(await PackMentions.UnreadableBulkPacksAsync(db, cancellationToken));

        var erased = people.Select(p => p.Id).ToList();
        var packIds = ids.ToList();
        var packs = await db.BriefingPacks.AsNoTracking().Where(p => packIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.StakeholderId, p.InteractionId, p.ListDescription, p.IsInternal,
                SubjectErased = p.Stakeholder != null && p.Stakeholder.AnonymisedAt != null,
                MeetingAhead = p.Interaction != null && p.Interaction.OccurredAt > localNow,
            })
            .ToListAsync(cancellationToken);
        var rebuilds = packs
            .Select(p => p.ListDescription is not null ? null
                : p.InteractionId is { } meeting ? p.MeetingAhead ? new Rebuild(null, meeting, Edition(p.IsInternal)) : null
                : p.StakeholderId is { } subject && !erased.Contains(subject) && !p.SubjectErased ? new Rebuild(subject, null, Edition(p.IsInternal))
                : null)
            .OfType<Rebuild>().Distinct().ToList();

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
        await StrikeFromOtherPacksAsync(db, people, cancellationToken);
        return new Outcome(deletedFor, packIds, rebuilds);
    }

    /// <summary>A list description or file name of a pack that stays may still hold a name (a directory search for them, a meeting titled after them).</summary>
    private static async Task StrikeFromOtherPacksAsync(CampaignDbContext db, IReadOnlyList<ErasedPerson> people, CancellationToken cancellationToken)
    {
        string Strike(string text) => people.Aggregate(text, (current, person) => JsonStrings.Strike(current, person.Identifying));

        foreach (var pack in await db.BriefingPacks.AsNoTracking().Where(p => p.ListDescription != null).Select(p => new { p.Id, p.ListDescription }).ToListAsync(cancellationToken))
        {
            var description = Strike(pack.ListDescription!);
            if (description != pack.ListDescription)
                await db.BriefingPacks.Where(p => p.Id == pack.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.ListDescription, description), cancellationToken);
        }
        foreach (var file in await db.Set<BriefingPackFile>().AsNoTracking().Select(f => new { f.BriefingPackId, f.FileName }).ToListAsync(cancellationToken))
        {
            var name = Strike(file.FileName);
            if (name != file.FileName)
                await db.Set<BriefingPackFile>().Where(f => f.BriefingPackId == file.BriefingPackId)
                    .ExecuteUpdateAsync(u => u.SetProperty(f => f.FileName, name.Replace(Anonymiser.Struck, "erased", StringComparison.Ordinal)), cancellationToken);
        }
    }

    private static BriefingEdition Edition(bool isInternal) => isInternal ? BriefingEdition.Internal : BriefingEdition.Shareable;
}
