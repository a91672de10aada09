using System.Text.Json;
using Campaign.Importing;
using Campaign.Importing.Parliament;

namespace Campaign.Privacy;

/// <summary>
/// Strikes erased people from import summaries and file names. A Members import's entries for them become "Erased person N"
/// with every value struck, rather than going, so the import's counts still add up.
/// </summary>
internal static class ImportHistoryRedaction
{
    /// <summary>A Members import's summary, read once for everyone an erasure is about.</summary>
    public sealed record MembersSummary(int Id, MembersChangeSummary Summary);

    /// <summary>A batch's summary and file name as read, and as they must become.</summary>
    public sealed record Redaction(int Id, string SummaryBefore, string FileNameBefore, string SummaryAfter, string FileNameAfter);

    /// <summary>The names a Members import recorded for them before (e.g. a family name changed on marriage).</summary>
    public static void EarlierNames(IReadOnlyList<MembersSummary> summaries, int id, int? memberId, ErasedPerson.Builder identity)
    {
        foreach (var summary in summaries)
        {
            foreach (var member in summary.Summary.New.Concat(summary.Summary.Left).Where(m => IsThem(m.StakeholderId, m.MemberId, id, memberId)))
                identity.FullName(member.Name);
            foreach (var change in summary.Summary.Changed.Where(c => IsThem(c.StakeholderId, c.MemberId, id, memberId)))
            {
                identity.FullName(change.Name);
                foreach (var field in change.Fields)
                {
                    foreach (var value in new[] { field.Before, field.After })
                    {
                        if (field.Field == "Name") identity.FullName(value);
                        else if (field.Field is "Given name" or "Family name") identity.SingleName(value);
                    }
                }
            }
        }
    }

    /// <summary>How the batches with ids in (<paramref name="after"/>, <paramref name="upTo"/>] must be rewritten, without writing anything.</summary>
    public static async Task<List<Redaction>> PlanAsync(CampaignDbContext db, IReadOnlyList<ErasedPerson> people, int after, int upTo, CancellationToken cancellationToken)
    {
        var redactions = new List<Redaction>();
        var batches = await db.Set<ImportBatch>().AsNoTracking().Where(b => b.Id > after && b.Id <= upTo)
            .Select(b => new { b.Id, b.Kind, b.FileName, b.Summary }).ToListAsync(cancellationToken);
        foreach (var batch in batches)
        {
            var summary = batch.Kind == ImportKind.ParliamentMembers && Read(batch.Summary) is { } members
                ? Redact(members, people)
                : JsonStrings.Rewrite(batch.Summary, (_, text) => Identifying(text, people));
            var fileName = Identifying(batch.FileName, people);
            if (summary is null && fileName == batch.FileName) continue;
            redactions.Add(new Redaction(batch.Id, batch.Summary, batch.FileName, summary ?? batch.Summary, fileName));
        }
        return redactions;
    }

    /// <summary>Writes each redaction if its batch still holds what was read; false if one did not.</summary>
    public static async Task<bool> ApplyAsync(CampaignDbContext db, IEnumerable<Redaction> redactions, CancellationToken cancellationToken)
    {
        foreach (var r in redactions)
        {
            var written = await db.Set<ImportBatch>().Where(b => b.Id == r.Id && b.Summary == r.SummaryBefore && b.FileName == r.FileNameBefore)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Summary, r.SummaryAfter).SetProperty(b => b.FileName, r.FileNameAfter), cancellationToken);
            if (written == 0) return false;
        }
        return true;
    }

    /// <summary>The summary without them, or null when they are not in it.</summary>
    private static string? Redact(MembersChangeSummary summary, IReadOnlyList<ErasedPerson> people)
    {
        var changed = false;
        // Every entry names one member by id: another entry with the same name is someone else, and stays as it is.
        MemberRef Ref(MemberRef m)
        {
            if (Find(people, m.StakeholderId, m.MemberId, m.Name) is not { } person) return m;
            changed = true;
            return new MemberRef(m.StakeholderId, 0, person.Stub, Anonymiser.Struck);
        }
        MemberChange Change(MemberChange c)
        {
            if (Find(people, c.StakeholderId, c.MemberId, c.Name) is not { } person) return c;
            changed = true;
            // Which fields changed stays (the import's counts are by field); what they held goes.
            return new MemberChange(c.StakeholderId, 0, person.Stub,
                c.Fields.Select(f => new MemberFieldChange(f.Field, f.Before is null ? null : Anonymiser.Struck, f.After is null ? null : Anonymiser.Struck)).ToList());
        }

        MemberNote Note(MemberNote n)
        {
            if (Find(people, null, n.MemberId ?? 0, n.Name) is not { } person) return n;
            changed = true;
            return new MemberNote(null, person.Stub, n.Reason);
        }
        PossibleMatch Match(PossibleMatch m)
        {
            var member = Ref(m.Member);
            if (people.FirstOrDefault(p => p.Id == m.StakeholderId) is { } person)
            {
                changed = true;
                return new PossibleMatch(member, m.StakeholderId, person.Stub, Anonymiser.Struck);
            }
            return member == m.Member ? m : m with { Member = member, Reason = Anonymiser.Struck };
        }

        var redacted = summary with
        {
            FileName = Identifying(summary.FileName, people),
            New = summary.New.Select(Ref).ToList(),
            Changed = summary.Changed.Select(Change).ToList(),
            Left = summary.Left.Select(Ref).ToList(),
            StatusUnknown = summary.StatusUnknown.Select(Ref).ToList(),
            Skipped = summary.Skipped.Select(Note).ToList(),
            PossibleMatches = summary.PossibleMatches.Select(Match).ToList(),
        };
        changed |= redacted.FileName != summary.FileName;
        return changed ? JsonSerializer.Serialize(redacted, MembersImportService.SummaryJson) : null;
    }

    /// <summary>By directory id or Parliament id; by name only for an entry recorded before the person had an id.</summary>
    private static ErasedPerson? Find(IReadOnlyList<ErasedPerson> people, int? stakeholderId, int memberId, string name) =>
        people.FirstOrDefault(p => IsThem(stakeholderId, memberId, p.Id, p.MemberId))
        ?? (stakeholderId is null ? people.FirstOrDefault(p => p.Identifying.IsMatch(name)) : null);

    private static bool IsThem(int? stakeholderId, int memberId, int id, int? theirMemberId) =>
        stakeholderId == id || (theirMemberId is { } m && memberId == m);

    private static string Identifying(string text, IReadOnlyList<ErasedPerson> people) =>
        people.Aggregate(text, (current, person) => JsonStrings.Strike(current, person.Identifying));

    /// <summary>Every Members import's summary up to batch <paramref name="upTo"/>.</summary>
    public static async Task<IReadOnlyList<MembersSummary>> MembersSummariesAsync(CampaignDbContext db, int upTo, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ImportBatch>().AsNoTracking().Where(b => b.Kind == ImportKind.ParliamentMembers && b.Id <= upTo)
            .Select(b => new { b.Id, b.Summary }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, Summary: Read(r.Summary))).Where(r => r.Summary is not null).Select(r => new MembersSummary(r.Id, r.Summary!)).ToList();
    }

    private static MembersChangeSummary? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MembersChangeSummary>(json, MembersImportService.SummaryJson) is { New: not null, Changed: not null, Left: not null } summary
                ? summary : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
