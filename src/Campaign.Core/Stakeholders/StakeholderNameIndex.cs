namespace Campaign.Stakeholders;

/// <summary>
/// SQLite's trigram index of people's names, constituencies and departments (migration DirectoryNameIndex). The
/// directory's search box and the attendee picker match with LIKE '%…%', which reads every person; the index hands
/// over the few whose text holds what was typed, and the LIKE then reads only those. The LIKE stays, so the results
/// are LIKE's exactly: the index finds a superset of them (it folds case beyond ASCII as well).
/// </summary>
internal static class StakeholderNameIndex
{
    /// <summary>The index's columns, in its order.</summary>
    public const string DisplayName = "DisplayName", FullName = "FullName", FamilyName = "FamilyName",
        Constituency = "Constituency", Department = "Department";

    /// <summary>A trigram needs three characters: shorter text cannot use the index.</summary>
    private const int ShortestIndexed = 3;

    /// <summary>
    /// Ids of the people with <paramref name="typed"/> somewhere in one of <paramref name="columns"/>, case-insensitively;
    /// null when the index cannot answer (PostgreSQL, or fewer than three characters), in which case the LIKE reads everyone.
    /// </summary>
    public static IQueryable<int>? Containing(CampaignDbContext db, string? typed, params string[] columns)
    {
        var text = typed?.Trim();
        if (text is null || text.EnumerateRunes().Count() < ShortestIndexed || !db.Database.IsSqlite()) return null;
        // One FTS5 string: a trigram phrase matches the text as a substring, and doubling quotes keeps it one string.
        var match = $"{{{string.Join(' ', columns)}}} : \"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM StakeholderNames WHERE StakeholderNames MATCH {match}");
    }
}
