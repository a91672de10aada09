using System.Text.Json;
using Campaign.Data;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Upserts MPs and peers from a Members API search result by Parliament member id: names, party, seat or
/// peerage, house, membership dates and status. Campaign fields (priority, owner, tags, contact details) are
/// left alone. Previewing runs exactly the same steps without saving, so what is previewed is what is imported.
/// </summary>
public sealed class MembersImportService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public const string DataSource = "UK Parliament Members API";

    internal static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web);

    private static readonly (string Field, Func<Stakeholder, string?> Value)[] Tracked =
    [
        ("Name", s => s.DisplayName),
        ("Given name", s => s.GivenName),
        ("Family name", s => s.FamilyName),
        ("Honorific", s => s.Honorific),
        ("Kind", s => s.Kind.ToString()),
        ("House", s => s.House?.ToString()),
        ("Party", s => s.Party),
        ("Constituency", s => s.Constituency),
        ("Peerage", s => s.Peerage),
        ("Member since", s => s.MembershipStartDate?.ToString("yyyy-MM-dd")),
        ("Membership ended", s => s.MembershipEndDate?.ToString("yyyy-MM-dd")),
        ("End reason", s => s.MembershipEndReason),
        ("Status", s => s.Status.ToString()),
        ("Photo", s => s.ThumbnailUrl),
    ];

    /// <summary>The columns an import writes on an existing member: the campaign's own fields are never touched.</summary>
    private static readonly string[] ParliamentOwned =
    [
        nameof(Stakeholder.ParliamentMemberId), nameof(Stakeholder.Kind), nameof(Stakeholder.House), nameof(Stakeholder.GivenName),
        nameof(Stakeholder.FamilyName), nameof(Stakeholder.Honorific), nameof(Stakeholder.DisplayName), nameof(Stakeholder.Party),
        nameof(Stakeholder.Constituency), nameof(Stakeholder.Peerage), nameof(Stakeholder.MembershipStartDate),
        nameof(Stakeholder.MembershipEndDate), nameof(Stakeholder.MembershipEndReason), nameof(Stakeholder.ThumbnailUrl),
        nameof(Stakeholder.Status), nameof(Stakeholder.UpdatedAt),
    ];

    public Task<MembersImportOutcome> PreviewAsync(Actor actor, UploadedFile file, CancellationToken cancellationToken = default) =>
        RunAsync(actor, file, commit: false, cancellationToken);

    public Task<MembersImportOutcome> ImportAsync(Actor actor, UploadedFile file, CancellationToken cancellationToken = default) =>
        RunAsync(actor, file, commit: true, cancellationToken);

    /// <summary>The summary of the latest Members import, for "changes since the last import".</summary>
    public async Task<MembersChangeSummary?> LastAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var summary = await db.Set<ImportBatch>().AsNoTracking().Where(b => b.Kind == ImportKind.ParliamentMembers)
            .OrderByDescending(b => b.Id).Select(b => b.Summary).FirstOrDefaultAsync(cancellationToken);
        return summary is null ? null : JsonSerializer.Deserialize<MembersChangeSummary>(summary, SummaryJson);
    }

    private async Task<MembersImportOutcome> RunAsync(Actor actor, UploadedFile file, bool commit, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ImportData);
        var problems = new List<ImportProblem>();
        IReadOnlyList<MemberValue> members;
        try
        {
            members = MembersFile.Read(ImportText.Decode(file).Text, problems);
        }
        catch (ImportRefusedException refused)
        {
            return new MembersImportOutcome([refused.Problem], null, false);
        }
        if (problems.Count > 0) return new MembersImportOutcome(problems, null, false);

        // Someone may add the same member (by hand or in another import) between this import reading the directory and
        // writing to it: the write then breaks the unique Parliament member id and rolls back, and the import is worked
        // out again on the latest data, where that member is matched instead. After a few tries it says so plainly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(actor, file, members, commit, cancellationToken);
            }
            catch (Exception ex) when (commit && ImportConflict.Is(ex))
            {
                if (attempt == ImportConflict.Attempts) return new MembersImportOutcome([ImportConflict.Problem], null, false);
            }
        }
    }

    private async Task<MembersImportOutcome> AttemptAsync(Actor actor, UploadedFile file, IReadOnlyList<MemberValue> members, bool commit, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        // Someone erased on request is never re-created or updated by an import: their member id matches a suppression hash.
        var suppressed = await Privacy.ErasureSuppressions.LoadAsync(db, cancellationToken);
        var erased = 0;
        var ids = members.Select(m => m.Id).ToList();
        var existing = await db.Stakeholders.AsNoTracking().Where(s => s.ParliamentMemberId != null && ids.Contains(s.ParliamentMemberId.Value))
            .ToDictionaryAsync(s => s.ParliamentMemberId!.Value, cancellationToken);

        var limits = new StringLimits(db.Model);
        var now = clock.GetUtcNow();
        List<(Stakeholder Person, MemberValue Member)> added = [];
        List<(Stakeholder Person, MemberValue Member, List<MemberFieldChange> Fields)> changed = [];
        List<Stakeholder> left = [];
        var unchanged = 0;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (suppressed.Member(member.Id))
            {
                erased++;
                continue;
            }
            if (existing.TryGetValue(member.Id, out var person))
            {
                var before = Tracked.Select(t => t.Value(person)).ToArray();
                var wasCurrent = person.Status == MembershipStatus.Current;
                MembersApiReader.Apply(member, person);
                var fields = Tracked.Select((t, f) => new MemberFieldChange(t.Field, before[f], t.Value(person)))
                    .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal)).ToList();
                if (fields.Count == 0) unchanged++;
                else changed.Add((person, member, fields));
                if (wasCurrent && person.Status == MembershipStatus.Former) left.Add(person);
            }
            else
            {
                person = new Stakeholder { GivenName = "", FamilyName = "", DisplayName = "", DataSource = DataSource };
                MembersApiReader.Apply(member, person);
                added.Add((person, member));
            }
            foreach (var (property, length, max) in limits.Violations(person))
                problems.Add(new ImportProblem(i + 1, property, $"is {length:N0} characters long; the most is {max:N0}"));
        }
        if (problems.Count > 0) return new MembersImportOutcome(problems, null, false);

        if (commit)
        {
            await using var stage = await ImportStage.OpenAsync(db, cancellationToken);
            await WriteAsync(stage, added.Select(a => a.Person), changed.Select(c => c.Person), now, cancellationToken);
            // Summarised in the transaction: new members have their ids by then.
            var summary = await stage.CommitAsync(async token =>
            {
                var result = Summarise(file.Name, now, actor.Name, members.Count, added, changed, left, unchanged) with { ErasedSkipped = erased };
                await ImportLog.RecordAsync(db, actor, new ImportBatch
                {
                    Kind = ImportKind.ParliamentMembers, FileName = file.Name, At = now, Rows = members.Count,
                    Created = added.Count, Updated = changed.Count, Skipped = unchanged + erased,
                    Summary = JsonSerializer.Serialize(result, SummaryJson),
                }, token);
                return result;
            }, cancellationToken);
            return new MembersImportOutcome([], summary, true);
        }
        return new MembersImportOutcome([], Summarise(file.Name, now, actor.Name, members.Count, added, changed, left, unchanged) with { ErasedSkipped = erased }, false);
    }

    /// <summary>
    /// Bulk writes (see <see cref="BulkWriter"/>): 1,500 members through the change tracker, each with its own audit
    /// entry, took seconds. The import is audited by its batch entry, and the batch keeps every field's before and
    /// after in its summary. Updates touch only the columns the Members API owns.
    /// </summary>
    private static async Task WriteAsync(ImportStage stage, IEnumerable<Stakeholder> added, IEnumerable<Stakeholder> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var insert = await stage.InsertAsync<Stakeholder>(cancellationToken))
        {
            foreach (var person in added)
            {
                person.Version = 1;
                person.CreatedAt = person.UpdatedAt = now;
                await insert.WriteAsync(person, cancellationToken);
            }
        }
        await using var update = await stage.UpdateAsync<Stakeholder>(ParliamentOwned, cancellationToken);
        foreach (var person in changed)
        {
            person.UpdatedAt = now;
            await update.WriteAsync(person, cancellationToken);
        }
    }

    private static MembersChangeSummary Summarise(
        string fileName, DateTimeOffset at, string importedBy, int count,
        List<(Stakeholder Person, MemberValue Member)> added,
        List<(Stakeholder Person, MemberValue Member, List<MemberFieldChange> Fields)> changed,
        List<Stakeholder> left, int unchanged) =>
        new(fileName, at, importedBy, count,
            added.Select(a => Ref(a.Person)).OrderBy(r => r.Name).ToList(),
            changed.Select(c => new MemberChange(Id(c.Person), c.Member.Id, c.Person.DisplayName, c.Fields)).OrderBy(c => c.Name).ToList(),
            left.Select(Ref).OrderBy(r => r.Name).ToList(),
            unchanged);

    private static int? Id(Stakeholder person) => person.Id == 0 ? null : person.Id;

    private static MemberRef Ref(Stakeholder s) =>
        new(Id(s), s.ParliamentMemberId!.Value, s.DisplayName,
            string.Join(", ", new[] { s.Party, s.Constituency ?? s.Peerage, s.Status == MembershipStatus.Former ? FormerDetail(s) : null }
                .Where(p => !string.IsNullOrWhiteSpace(p))));

    private static string FormerDetail(Stakeholder s) =>
        "left " + (s.MembershipEndDate?.ToString("d MMM yyyy") ?? "the House") + (s.MembershipEndReason is { } reason ? $" ({reason})" : "");
}
