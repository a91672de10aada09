namespace Campaign.Dashboard;

/// <summary>Reads <see cref="PersonChange"/> for what the dashboard keeps about people: who changed between two counter values.</summary>
internal static class PersonChangeLog
{
    /// <summary>More changed people than this are read again as everyone: one scan beats a list of thousands of ids.</summary>
    internal const int MostReadById = 2_000;

    public static Task<long> StampAsync(CampaignDbContext db, CancellationToken cancellationToken) =>
        db.ChangeCounters.Where(c => c.Name == ChangeCounter.People).Select(c => c.Value).SingleAsync(cancellationToken);

    /// <summary>
    /// The people changed after <paramref name="since"/> up to <paramref name="upTo"/>; null when everyone must be read
    /// again (nothing read yet, further back than the log reaches, a bulk write, or too many).
    /// </summary>
    public static async Task<List<int>?> ChangedAsync(CampaignDbContext db, long since, long upTo, CancellationToken cancellationToken)
    {
        if (since < 0 || upTo - since >= PersonChange.Window) return null;
        var changed = await db.PersonChanges.Where(c => c.Stamp > since && c.Stamp <= upTo).Select(c => c.StakeholderId).Distinct()
            .Take(MostReadById + 1).ToListAsync(cancellationToken);
        return changed.Count > MostReadById || changed.Contains(PersonChange.Everyone) ? null : changed;
    }
}
