using System.Collections.Concurrent;
using Campaign.Confidentiality;

namespace Campaign.Dashboard;

/// <summary>
/// The dashboard's stance movement, the one part whose work grows with the last 90 days' activity (a seek into each
/// moved pair's history), kept per campaign and view until a position changes or the day turns. The key holds the
/// positions' change counter read before computing, so a kept result is never older than its key says; people's
/// names are not kept (they are looked up on every read), only ids and stances.
/// </summary>
internal sealed class MovementMemo
{
    private readonly ConcurrentDictionary<(int CampaignId, Clearance Clearance), Entry> _entries = new();

    public async Task<Moves[]> GetAsync(int campaignId, Clearance clearance, string key, Func<Task<Moves[]>> compute)
    {
        if (_entries.TryGetValue((campaignId, clearance), out var kept) && kept.Key == key) return kept.Periods;
        var periods = await compute();
        // One entry per campaign and view: a newer result replaces the old, so ids of people since erased do not linger.
        _entries[(campaignId, clearance)] = new Entry(key, periods);
        return periods;
    }

    private sealed record Entry(string Key, Moves[] Periods);
}
