using System.Collections.Concurrent;
using Campaign.Confidentiality;

namespace Campaign.Dashboard;

/// <summary>
/// The dashboard's parts whose work grows with the campaign (people counted, a seek into each moved pair's history),
/// kept per campaign, view and part until their key changes: the change counters their rows raise (read before
/// computing, so a kept result is never older than its key says) and the day or minute their windows start from.
/// Only ids, counts and stances are kept, never names: those are looked up on every read, so an erased person's name
/// is gone at once.
/// </summary>
internal sealed class DashboardMemo
{
    /// <summary>The targeted people, kept up to date from the change log (what the head counts and coverage count).</summary>
    public KeptPeople People { get; } = new();

    /// <summary>Movement's rows, kept up to date from the same log.</summary>
    public KeptMovement Movement { get; } = new();

    private readonly ConcurrentDictionary<(int CampaignId, Clearance Clearance, string Part), Entry> _entries = new();

    public async Task<T> GetAsync<T>(int campaignId, Clearance clearance, string part, string key, Func<Task<T>> compute)
    {
        if (_entries.TryGetValue((campaignId, clearance, part), out var kept) && kept.Key == key) return (T)kept.Value!;
        var value = await compute();
        _computed.AddOrUpdate(part, 1, (_, n) => n + 1);
        // One entry per campaign, view and part: a newer result replaces the old, so ids of people since erased do not linger.
        _entries[(campaignId, clearance, part)] = new Entry(key, value);
        return value;
    }

    private readonly ConcurrentDictionary<string, int> _computed = new();

    /// <summary>How many times a part was worked out rather than taken from what was kept (tests see what was kept).</summary>
    internal int Computed(string part) => _computed.GetValueOrDefault(part);

    private sealed record Entry(string Key, object? Value);
}
