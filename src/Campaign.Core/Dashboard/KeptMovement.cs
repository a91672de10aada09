using Campaign.Confidentiality;

namespace Campaign.Dashboard;

/// <summary>
/// Movement's rows (each targeted person's current stance per ask stated in the last 90 days, and what they held when
/// each period began), kept per campaign and view for the day and the campaign's asks, and brought up to date from
/// <see cref="PersonChange"/>: a stance recorded re-reads that person's rows, not the 13,000 pairs of a busy quarter.
/// Ids, stances and dates only; names are looked up on every read.
/// </summary>
internal sealed class KeptMovement
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(int CampaignId, Clearance Clearance), Entry> _entries = [];

    /// <summary>How many times every row has been read (tests see that a change is read person by person).</summary>
    internal int FullReads { get; private set; }

    /// <summary>How many times the periods were worked out from the rows (tests see that an unchanged person costs none).</summary>
    internal int Builds { get; private set; }

    /// <summary>
    /// Both periods as of at least <paramref name="stamp"/> (the people counter, read before): <paramref name="rowsOf"/>
    /// reads the rows of the people given, or of everyone for null.
    /// </summary>
    public async Task<Moves[]> GetAsync(CampaignDbContext db, int campaignId, Clearance clearance, string key, long stamp,
        Func<IReadOnlyList<int>?, Task<List<MoveRow>>> rowsOf, Func<IEnumerable<MoveRow>, Moves[]> periodsOf, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_entries.TryGetValue((campaignId, clearance), out var kept) && kept.Key == key && kept.Stamp == stamp) return kept.Periods;
            var changed = kept is null || kept.Key != key ? null : await PersonChangeLog.ChangedAsync(db, kept.Stamp, stamp, cancellationToken);
            Dictionary<int, List<MoveRow>> byPerson;
            if (changed is null)
            {
                byPerson = ByPerson(await rowsOf(null));
                FullReads++;
            }
            else
            {
                byPerson = kept!.ByPerson;
                var reread = changed.Count == 0 ? [] : ByPerson(await rowsOf(changed));
                // Most changes are a contact logged, not a stance: the person's rows are the same, and so is movement.
                if (changed.All(id => SameRows(byPerson.GetValueOrDefault(id), reread.GetValueOrDefault(id))))
                {
                    _entries[(campaignId, clearance)] = kept with { Stamp = stamp };
                    return kept.Periods;
                }
                foreach (var id in changed) byPerson.Remove(id);
                foreach (var (id, rows) in reread) byPerson[id] = rows;
            }
            var periods = periodsOf(byPerson.Values.SelectMany(rows => rows));
            Builds++;
            // One entry per campaign and view: a newer one replaces it, so ids of people since erased do not linger.
            _entries[(campaignId, clearance)] = new Entry(key, stamp, byPerson, periods);
            return periods;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool SameRows(List<MoveRow>? kept, List<MoveRow>? read) => (kept ?? []).SequenceEqual(read ?? []);

    private static Dictionary<int, List<MoveRow>> ByPerson(List<MoveRow> rows) =>
        rows.GroupBy(r => r.StakeholderId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.AskId).ToList());

    private sealed record Entry(string Key, long Stamp, Dictionary<int, List<MoveRow>> ByPerson, Moves[] Periods);
}

/// <summary>A current stance stated in the last 90 days, with the stance held 30 and 90 days ago (null: none known then).</summary>
internal sealed record MoveRow(int StakeholderId, int AskId, Positions.Stance Stance, DateOnly StatedOn, Positions.Stance? Before30, Positions.Stance? Before90);
