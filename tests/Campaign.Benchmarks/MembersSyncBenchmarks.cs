using System.Diagnostics;
using System.Text.Json.Nodes;
using Campaign.Importing.Parliament;
using Campaign.Testing.Parliament;

namespace Campaign.Benchmarks;

/// <summary>
/// "A full sync of 1,450 members from the fake API on loopback" (goal ≤ 5 s end to end, of which the database ≤ 1 s):
/// the members file's weekly refresh served page by page (20 a page) by the fake Members API, fetched with the app's
/// client (resilience pipeline, four requests in flight) and imported by the sync into a fresh database copy per run.
/// </summary>
public static class MembersSyncBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        yield return new Benchmark("members sync", () => SyncAsync(context));
    }

    private static async Task<IReadOnlyList<Measurement>> SyncAsync(BenchmarkContext context)
    {
        List<FakeMember> members;
        await using (var source = context.Data.Copy())
        {
            var (file, _) = await MembersFileBuilder.BuildAsync(source, context.Fixed(1450), context.Data.Now);
            members = Members(JsonNode.Parse(file.Content)!);
        }
        await using var api = await FakeMembersApi.StartAsync(members);
        var settings = new Dictionary<string, string?> { ["PageSize"] = "20", ["Timeout"] = "00:00:30", ["AttemptTimeout"] = "00:00:10" };

        var writes = new List<double>();
        MembersSyncResult? last = null;
        var result = await Measurement.TakeAsync("members sync: fetch + import (end to end)", context.ScaleLabel, context.Fast with { WarmUps = 1, MinRuns = context.Quick ? 2 : 5 },
            async () =>
            {
                await using var database = context.Data.Copy();
                await using var harness = new MembersSyncHarness(database.Contexts, context.Clock, api.BaseUrl, settings);
                var watch = Stopwatch.StartNew();
                var outcome = await harness.Sync().ImportAsync(context.Staff);
                var total = watch.Elapsed;
                if (outcome.Status != MembersSyncStatus.Imported) throw new InvalidOperationException($"The members sync did not import: {outcome.Message}");
                writes.Add(outcome.DatabaseTime.TotalMilliseconds);
                last = outcome;
                return total;
            });
        var fetched = last!.Fetched!;
        var write = writes.Skip(1).Order().ElementAt(writes.Count / 2 - (writes.Count > 1 ? 1 : 0));
        return
        [
            context.WithGoal(result, 5000) with
            {
                Note = $"{last.Message} {fetched.Requests:N0} requests, {fetched.BytesRead / 1024.0:N0} KB read, {fetched.Members.Count:N0} members; a fresh database copy per run",
            },
            context.WithGoal(Measurement.Value("members sync: database (compare + write)", context.ScaleLabel, write, Measurement.Ms), 1000),
            Measurement.Value("members sync: requests made", context.ScaleLabel, fetched.Requests, Measurement.Count),
            Measurement.Value("members sync: bytes read", context.ScaleLabel, fetched.BytesRead, Measurement.Count),
        ];
    }

    /// <summary>The file's records as the fake serves them: current unless they have an end date.</summary>
    private static List<FakeMember> Members(JsonNode file) =>
        (file is JsonArray pages ? pages.SelectMany(p => p!["items"]!.AsArray()) : file["items"]!.AsArray())
        .Select(item => item!["value"]!.DeepClone().AsObject())
        .Select(value => new FakeMember(value, value["latestHouseMembership"]?["membershipEndDate"] is null))
        .ToList();
}
