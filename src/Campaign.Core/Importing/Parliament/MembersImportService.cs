using System.Text.Json;
using Campaign.Stakeholders;

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
        if (!JsonUpload.TryRead(file, MembersFile.Read, problems, out var members) || problems.Count > 0)
            return new MembersImportOutcome(problems, null, false);
        return await RunAsync(actor, new MembersBatch(file.Name, members, []), commit ? MembersWrite.Always : MembersWrite.Preview, null, cancellationToken);
    }

    /// <summary>
    /// The one path of every Members import, from a file or fetched from the API: compare, then (unless previewing)
    /// write in one transaction. <paramref name="confirmed"/> maps member ids to the hand-entered people staff
    /// confirmed are them (see <see cref="MembersChangeSummary.PossibleMatches"/>).
    /// </summary>
    internal async Task<MembersImportOutcome> RunAsync(
        Actor actor, MembersBatch batch, MembersWrite write, IReadOnlyDictionary<int, int>? confirmed, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ImportData);
        // Someone may add the same member (by hand or in another import) between this import reading the directory and
        // writing to it: the write then breaks the unique Parliament member id and rolls back, and the import is worked
        // out again on the latest data, where that member is matched instead. After a few tries it says so plainly.
        return await ImportConflict.RetryAsync(write != MembersWrite.Preview,
            () => AttemptAsync(actor, batch, write, confirmed ?? new Dictionary<int, int>(), cancellationToken),
            () => new MembersImportOutcome([ImportConflict.Problem], null, false));
    }

    /// <summary>What the file changes in the directory: members to add, members changed or gone, and what stays.</summary>
    private sealed class Changes
    {
        public List<(Stakeholder Person, MemberValue Member)> Added { get; } = [];
        public List<(Stakeholder Person, MemberValue Member, List<MemberFieldChange> Fields)> Changed { get; } = [];
        public List<Stakeholder> Left { get; } = [];
        public List<Stakeholder> StatusUnknown { get; } = [];
        public List<(Stakeholder Person, int StakeholderId, string Name, string Reason)> PossibleMatches { get; } = [];
        public int Unchanged { get; set; }
        public int Erased { get; set; }
        /// <summary>What staff should notice (see <see cref="MemberEvent"/>), recorded only when the import commits.</summary>
        public List<(Stakeholder Person, MemberEventKind Kind, string Detail)> Events { get; } = [];
        public List<ImportProblem> Problems { get; } = [];
    }

    private async Task<MembersImportOutcome> AttemptAsync(
        Actor actor, MembersBatch batch, MembersWrite write, IReadOnlyDictionary<int, int> confirmed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var now = clock.GetUtcNow();
        var changes = await CompareAsync(db, batch.Members, confirmed, now, cancellationToken);
        if (changes.Problems.Count > 0) return new MembersImportOutcome(changes.Problems, null, false);

        var summary = Summarise(batch, now, actor.Name, changes);
        if (write == MembersWrite.Preview || (write == MembersWrite.OnlyIfChanged && !summary.HasChanges))
            return new MembersImportOutcome([], summary, false);
        return new MembersImportOutcome([], await CommitAsync(db, actor, batch, now, changes, cancellationToken), true);
    }

    /// <summary>Each member of the file against the directory: new, changed (field by field), unchanged, or erased on request.</summary>
    private static async Task<Changes> CompareAsync(CampaignDbContext db, IReadOnlyList<MemberValue> members, IReadOnlyDictionary<int, int> confirmed,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Someone erased on request is never re-created or updated by an import: their member id matches a suppression hash.
        var suppressed = await Privacy.ErasureSuppressions.LoadAsync(db, cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var existing = await db.Stakeholders.AsNoTracking().Where(s => s.ParliamentMemberId != null && ids.Contains(s.ParliamentMemberId.Value))
            .ToDictionaryAsync(s => s.ParliamentMemberId!.Value, cancellationToken);
        // Hand-entered people staff confirmed as members: still without a member id, or the confirmation no longer holds.
        var confirmedIds = confirmed.Where(c => !existing.ContainsKey(c.Key)).Select(c => c.Value).ToList();
        var claimed = confirmedIds.Count == 0 ? [] : await db.Stakeholders.AsNoTracking()
            .Where(s => s.ParliamentMemberId == null && confirmedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

        var limits = new StringLimits(db.Model);
        var changes = new Changes();
        // Filling an empty directory is not news: every member would be "new". Only once it holds members does a new one count.
        var newSince = await db.Stakeholders.AnyAsync(s => s.ParliamentMemberId != null, cancellationToken)
            ? DateOnly.FromDateTime(now.UtcDateTime).AddDays(-NewMemberDays) : (DateOnly?)null;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (suppressed.Member(member.Id))
            {
                changes.Erased++;
                continue;
            }
            var person = existing.TryGetValue(member.Id, out var known) ? Update(known, member, changes, newSince)
                : confirmed.TryGetValue(member.Id, out var claim) && claimed.Remove(claim, out var handEntered) ? Update(handEntered, member, changes, newSince)
                : Add(member, changes, newSince);
            if (MembersApiReader.StatusOf(member.LatestHouseMembership) is null) changes.StatusUnknown.Add(person);
            foreach (var (property, length, max) in limits.Violations(person))
                changes.Problems.Add(new ImportProblem(i + 1, property, $"is {length:N0} characters long; the most is {max:N0}"));
        }
        if (changes.Added.Count > 0) await PossibleMatchesAsync(db, changes, cancellationToken);
        return changes;
    }

    /// <summary>New members who have the name, and the seat or none, of someone in the directory without a member id.</summary>
    private static async Task PossibleMatchesAsync(CampaignDbContext db, Changes changes, CancellationToken cancellationToken)
    {
        // Only people sharing a new member's family name are read: reading every hand-entered person (30,000 at 10×) was a
        // fifth of an import. The names are then compared exactly, as before; see FamilyNameForms for the case folding.
        var families = changes.Added.SelectMany(a => FamilyNameForms(a.Person.FamilyName)).Distinct().ToList();
        var handEntered = await db.Stakeholders.AsNoTracking()
            .Where(s => s.ParliamentMemberId == null && (families.Contains(s.FamilyName.Trim().ToLower()) || families.Contains(s.FamilyName.Trim().ToUpper())))
            .Select(s => new { s.Id, s.DisplayName, s.GivenName, s.FamilyName, s.Constituency, s.Peerage }).ToListAsync(cancellationToken);
        var byName = handEntered.ToLookup(s => NameKey(s.GivenName, s.FamilyName));
        foreach (var (person, _) in changes.Added)
        {
            var seat = person.Constituency ?? person.Peerage;
            foreach (var candidate in byName[NameKey(person.GivenName, person.FamilyName)])
            {
                var theirSeat = candidate.Constituency ?? candidate.Peerage;
                if (theirSeat is null)
                    changes.PossibleMatches.Add((person, candidate.Id, candidate.DisplayName, "same name; no seat recorded"));
                else if (string.Equals(theirSeat.Trim(), seat?.Trim(), StringComparison.OrdinalIgnoreCase))
                    changes.PossibleMatches.Add((person, candidate.Id, candidate.DisplayName, $"same name and seat ({theirSeat.Trim()})"));
            }
        }
    }

    private static string NameKey(string given, string family) => $"{given.Trim()} {family.Trim()}".ToLowerInvariant();

    /// <summary>
    /// A family name as the database's lower() or upper() gives it for a name that differs from it only in case (all but a
    /// name mixing capital and small accented letters differently). SQLite folds only ASCII letters, PostgreSQL every letter,
    /// so both the ASCII-only and the full foldings are offered.
    /// </summary>
    private static IEnumerable<string> FamilyNameForms(string family)
    {
        var trimmed = family.Trim();
        return [trimmed.ToLowerInvariant(), trimmed.ToUpperInvariant(), AsciiFold(trimmed, upper: false), AsciiFold(trimmed, upper: true)];
    }

    private static string AsciiFold(string text, bool upper) =>
        string.Create(text.Length, (text, upper), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsAscii(c) ? (state.upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) : c;
            }
        });

    private static Stakeholder Update(Stakeholder person, MemberValue member, Changes changes, DateOnly? newSince)
    {
        var before = Tracked.Select(t => t.Value(person)).ToArray();
        var wasCurrent = person.Status == MembershipStatus.Current;
        var (partyBefore, startBefore) = (person.Party, person.MembershipStartDate);
        MembersApiReader.Apply(member, person);
        var fields = Tracked.Select((t, f) => new MemberFieldChange(t.Field, before[f], t.Value(person)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal)).ToList();
        if (fields.Count == 0) changes.Unchanged++;
        else changes.Changed.Add((person, member, fields));
        if (wasCurrent && person.Status == MembershipStatus.Former)
        {
            changes.Left.Add(person);
            changes.Events.Add((person, MemberEventKind.LeftHouse, LeftDetail(person)));
        }
        // A party missing on either side is the API leaving it out, not a change of party.
        if (!string.IsNullOrWhiteSpace(partyBefore) && !string.IsNullOrWhiteSpace(person.Party)
            && !string.Equals(partyBefore.Trim(), person.Party.Trim(), StringComparison.OrdinalIgnoreCase))
            changes.Events.Add((person, MemberEventKind.ChangedParty, $"{partyBefore.Trim()} → {person.Party.Trim()}"));
        // A new membership for someone already known: a former member returned, an MP made a peer, a hand-entered person elected.
        if (person.MembershipStartDate != startBefore) NewMember(person, changes, newSince);
        return person;
    }

    private static Stakeholder Add(MemberValue member, Changes changes, DateOnly? newSince)
    {
        var person = new Stakeholder { GivenName = "", FamilyName = "", DisplayName = "", DataSource = DataSource };
        MembersApiReader.Apply(member, person);
        changes.Added.Add((person, member));
        NewMember(person, changes, newSince);
        return person;
    }

    /// <summary>
    /// How recently a membership must have started for a member to be flagged as new. The API lists a member some days
    /// after they take their seat, and files may be uploaded weeks apart; someone who joined long ago and is only now
    /// imported is new to the directory, not to Parliament.
    /// </summary>
    internal const int NewMemberDays = 60;

    private static void NewMember(Stakeholder person, Changes changes, DateOnly? newSince)
    {
        if (newSince is null || person.Status != MembershipStatus.Current || person.MembershipStartDate is not { } start || start < newSince) return;
        changes.Events.Add((person, MemberEventKind.NewMember, $"Joined the {HouseName(person.House)} on {LongDate(start)}"));
    }

    private static string LeftDetail(Stakeholder person) =>
        $"Left the {HouseName(person.House)}" + (person.MembershipEndDate is { } end ? $" on {LongDate(end)}" : "")
        + (string.IsNullOrWhiteSpace(person.MembershipEndReason) ? "" : $" ({person.MembershipEndReason.Trim()})");

    private static string HouseName(House? house) => house switch
    {
        House.Commons => "House of Commons",
        House.Lords => "House of Lords",
        _ => "House",
    };

    private static string LongDate(DateOnly date) => Common.Wording.LongDate(date.ToDateTime(TimeOnly.MinValue));

    private static async Task<MembersChangeSummary> CommitAsync(
        CampaignDbContext db, Actor actor, MembersBatch batch, DateTimeOffset now, Changes changes, CancellationToken cancellationToken)
    {
        var (fileName, count) = (batch.Source, batch.Members.Count);
        await using var stage = await ImportStage.OpenAsync(db, cancellationToken);
        await WriteAsync(stage, changes.Added.Select(a => a.Person), changes.Changed.Select(c => c.Person), now, cancellationToken);
        // Summarised in the transaction: new members have their ids by then.
        return await stage.CommitAsync(async token =>
        {
            var result = Summarise(batch, now, actor.Name, changes);
            var log = await ImportLog.RecordAsync(db, actor, new ImportBatch
            {
                Kind = ImportKind.ParliamentMembers, FileName = fileName, At = now, Rows = count,
                Created = changes.Added.Count, Updated = changes.Changed.Count, Skipped = changes.Unchanged + changes.Erased,
                Summary = JsonSerializer.Serialize(result, SummaryJson),
            }, token);
            await RecordEventsAsync(db, log.Id, now, changes, token);
            return result;
        }, cancellationToken);
    }

    /// <summary>
    /// The events, in the import's transaction so they exist exactly when its changes do. Written directly, as the members
    /// are: the import's batch entry is their audit record.
    /// </summary>
    private static async Task RecordEventsAsync(CampaignDbContext db, int batchId, DateTimeOffset now, Changes changes, CancellationToken cancellationToken)
    {
        if (changes.Events.Count == 0) return;
        await using var insert = await BulkWriter.InsertAsync<MemberEvent>(db, cancellationToken);
        foreach (var (person, kind, detail) in changes.Events)
            await insert.WriteAsync(new MemberEvent { StakeholderId = person.Id, ImportBatchId = batchId, Kind = kind, Detail = detail, At = now }, cancellationToken);
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

    private static MembersChangeSummary Summarise(MembersBatch batch, DateTimeOffset at, string importedBy, Changes changes) =>
        new(batch.Source, at, importedBy, batch.Members.Count,
            changes.Added.Select(a => Ref(a.Person)).OrderBy(r => r.Name).ToList(),
            changes.Changed.Select(c => new MemberChange(Id(c.Person), c.Member.Id, c.Person.DisplayName, c.Fields)).OrderBy(c => c.Name).ToList(),
            changes.Left.Select(Ref).OrderBy(r => r.Name).ToList(),
            changes.Unchanged)
        {
            ErasedSkipped = changes.Erased,
            Skipped = batch.Skipped,
            StatusUnknown = changes.StatusUnknown.Select(Ref).OrderBy(r => r.Name).ToList(),
            PossibleMatches = changes.PossibleMatches.Select(m => new PossibleMatch(Ref(m.Person), m.StakeholderId, m.Name, m.Reason)).OrderBy(m => m.Member.Name).ToList(),
        };

    private static int? Id(Stakeholder person) => person.Id == 0 ? null : person.Id;

    private static MemberRef Ref(Stakeholder s) =>
        new(Id(s), s.ParliamentMemberId!.Value, s.DisplayName,
            string.Join(", ", new[] { s.Party, s.Constituency ?? s.Peerage, s.Status == MembershipStatus.Former ? FormerDetail(s) : null }
                .Where(p => !string.IsNullOrWhiteSpace(p))));

    private static string FormerDetail(Stakeholder s) =>
        "left " + (s.MembershipEndDate?.ToString("d MMM yyyy") ?? "the House") + (s.MembershipEndReason is { } reason ? $" ({reason})" : "");
}

/// <summary>Members to import, from a file or fetched from the API, with the records set aside on the way.</summary>
internal sealed record MembersBatch(string Source, IReadOnlyList<MemberValue> Members, IReadOnlyList<MemberNote> Skipped);

internal enum MembersWrite
{
    Preview,
    Always,
    /// <summary>Nothing is written, not even an import batch, when nothing changed (the API sync).</summary>
    OnlyIfChanged,
}
