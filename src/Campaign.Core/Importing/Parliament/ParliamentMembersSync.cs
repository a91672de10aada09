using System.Diagnostics;
using System.Text.Json;
using Campaign.Stakeholders;
using Microsoft.Extensions.Options;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Refreshes MPs and peers from the Members API: current members of both Houses, and members of the directory who
/// left since the last sync. Everything is fetched first; only then is it compared and (when importing) written in
/// one transaction through the same path as an uploaded file, so the preview and the write are the file import's.
/// </summary>
public sealed class ParliamentMembersSync(
    MembersApiClient api, MembersImportService import, IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock, IOptions<MembersApiOptions> options)
{
    /// <summary>The import batch's "file name" for a sync, and the source of the people it adds.</summary>
    public const string SourceName = MembersImportService.DataSource;

    public Task<MembersSyncResult> PreviewAsync(Actor actor, IProgress<MembersSyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(actor, null, MembersWrite.Preview, null, progress, cancellationToken);

    /// <summary>Fetches and writes; when nothing changed nothing is written and the result says so.</summary>
    public Task<MembersSyncResult> ImportAsync(Actor actor, IProgress<MembersSyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(actor, null, MembersWrite.OnlyIfChanged, null, progress, cancellationToken);

    /// <summary>
    /// Writes what a preview fetched, so what was previewed is what is imported; <paramref name="confirmedMatches"/> maps
    /// member ids to the people (without a member id) staff confirmed are them, from the preview's possible matches.
    /// </summary>
    public Task<MembersSyncResult> ImportAsync(Actor actor, MembersFetch fetched, IReadOnlyDictionary<int, int>? confirmedMatches = null, CancellationToken cancellationToken = default) =>
        RunAsync(actor, fetched, MembersWrite.OnlyIfChanged, confirmedMatches, null, cancellationToken);

    private async Task<MembersSyncResult> RunAsync(Actor actor, MembersFetch? fetched, MembersWrite write, IReadOnlyDictionary<int, int>? confirmed,
        IProgress<MembersSyncProgress>? progress, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ImportData);
        try
        {
            fetched ??= await FetchAsync(progress, cancellationToken);
            var watch = Stopwatch.StartNew();
            var outcome = await import.RunAsync(actor, new MembersBatch(SourceName, fetched.Members, fetched.Skipped), write, confirmed, cancellationToken);
            return Describe(outcome, fetched, write) with { DatabaseTime = watch.Elapsed };
        }
        catch (MembersApiException ex)
        {
            return new MembersSyncResult(MembersSyncStatus.Failed, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new MembersSyncResult(MembersSyncStatus.Cancelled, "The refresh from Parliament was cancelled; nothing was changed.");
        }
    }

    /// <summary>Every page of the four searches, then the records read; throws (and nothing is written) if any page fails.</summary>
    public async Task<MembersFetch> FetchAsync(IProgress<MembersSyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var since = await EndedSinceAsync(cancellationToken);
        MembersSearch[] searches =
        [
            new(House.Commons, true), new(House.Lords, true),
            new(House.Commons, false, since), new(House.Lords, false, since),
        ];
        var tally = new MembersFetchTally(searches.Length, progress);
        // The searches run together; the client's gate keeps the requests in flight to its limit across all of them.
        var results = await Task.WhenAll(searches.Select(s => api.SearchAsync(s, tally, cancellationToken)));

        var seen = new HashSet<int>();
        var skipped = new List<MemberNote>();
        var current = Records(results[0].Concat(results[1]), seen, skipped);
        // Someone who left is only of interest if they are in the directory: the rest are not the campaign's people.
        var left = Records(results[2].Concat(results[3]), seen, skipped);
        var known = await KnownAsync(left.Select(m => m.Id).ToList(), cancellationToken);
        var members = current.Concat(left.Where(m => known.Contains(m.Id))).ToList();
        return new MembersFetch(members, skipped, clock.GetUtcNow(), tally.Requests, tally.NotModified, tally.BytesRead, tally.PagesFetched, watch.Elapsed);
    }

    /// <summary>
    /// The records as members, checked as an uploaded file's are; a record that fails a check (no id, no name, no house)
    /// is set aside with the reason instead of stopping the sync. A member listed twice is taken once.
    /// </summary>
    private static List<MemberValue> Records(IEnumerable<JsonElement> items, HashSet<int> seen, List<MemberNote> skipped)
    {
        var members = new List<MemberValue>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                skipped.Add(new MemberNote(null, "(no name)", "the record holds no member"));
                continue;
            }
            var id = value.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number && idValue.TryGetInt32(out var number) ? number : (int?)null;
            if (id is { } known && seen.Contains(known)) continue;
            var problems = new List<ImportProblem>();
            MembersFile.Check(value, 0, problems, []);
            MemberValue? member = null;
            if (problems.Count == 0)
            {
                try
                {
                    member = value.Deserialize<MemberValue>();
                }
                catch (JsonException ex)
                {
                    problems.Add(ImportProblem.File($"a value does not have the expected type at {ex.Path}"));
                }
            }
            if (member is null)
            {
                skipped.Add(new MemberNote(id is > 0 ? id : null, NameOf(value), string.Join("; ", problems.Select(p => p.Column is null ? p.Reason : $"{p.Column} {p.Reason}"))));
                continue;
            }
            seen.Add(member.Id);
            members.Add(member);
        }
        return members;
    }

    private static string NameOf(JsonElement value) =>
        new[] { "nameDisplayAs", "nameListAs" }.Select(p => value.TryGetProperty(p, out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null)
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "(no name)";

    private async Task<HashSet<int>> KnownAsync(List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Stakeholders.AsNoTracking().Where(s => s.ParliamentMemberId != null && ids.Contains(s.ParliamentMemberId.Value))
            .Select(s => s.ParliamentMemberId!.Value).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>From shortly before the last sync; the first sync looks back a year.</summary>
    private async Task<DateOnly> EndedSinceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.Set<ImportBatch>().AsNoTracking().Where(b => b.Kind == ImportKind.ParliamentMembers && b.FileName == SourceName)
            .OrderByDescending(b => b.Id).Select(b => (DateTimeOffset?)b.At).FirstOrDefaultAsync(cancellationToken);
        var from = last is { } at ? at - options.Value.EndedOverlap : clock.GetUtcNow() - options.Value.FirstEndedLookBack;
        return DateOnly.FromDateTime(from.UtcDateTime);
    }

    private static MembersSyncResult Describe(MembersImportOutcome outcome, MembersFetch fetched, MembersWrite write)
    {
        if (!outcome.Succeeded)
            return new MembersSyncResult(MembersSyncStatus.Refused,
                $"Parliament's data could not be imported ({outcome.Problems[0]}); nothing was changed.", null, fetched) { Problems = outcome.Problems };
        var summary = outcome.Summary!;
        var counts = $"{summary.New.Count:N0} new, {summary.Changed.Count:N0} changed ({summary.Left.Count:N0} left the House), {summary.Unchanged:N0} unchanged" +
                     (fetched.Skipped.Count > 0 ? $", {fetched.Skipped.Count:N0} set aside" : "");
        if (write == MembersWrite.Preview)
            return new MembersSyncResult(MembersSyncStatus.Previewed, $"Parliament lists {summary.MembersInFile:N0} members for the directory: {counts}; nothing has been written yet.", summary, fetched);
        if (!outcome.Committed)
            return new MembersSyncResult(MembersSyncStatus.NothingChanged,
                $"Nothing has changed in Parliament since the last refresh ({summary.MembersInFile:N0} members checked); nothing was written.", summary, fetched);
        return new MembersSyncResult(MembersSyncStatus.Imported, $"Refreshed from Parliament: {counts}.", summary, fetched);
    }
}
