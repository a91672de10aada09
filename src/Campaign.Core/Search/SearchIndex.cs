namespace Campaign.Search;

/// <summary>
/// One FTS5 index of the FullTextSearch migration and the SQL that reads it; on PostgreSQL, the tsvector columns of
/// the SearchAndDerivedData migration. Everything here is a constant: what the user typed only ever reaches the
/// database as parameters ($match and $exact; @query and @exact).
/// </summary>
internal sealed class SearchIndex
{
    public static readonly SearchIndex People = new(
        "SearchStakeholders", "Stakeholders",
        // DisplayName, GivenName, FamilyName, Role, Department, Constituency, Peerage, Party, Email, Notes
        weights: "10, 5, 10, 3, 2, 4, 4, 2, 2, 1",
        exact: "t.DisplayName = $exact COLLATE NOCASE OR t.FamilyName = $exact COLLATE NOCASE " +
               "OR (t.GivenName || ' ' || t.FamilyName) = $exact COLLATE NOCASE",
        visible: "1",
        sortKeys: "t.FamilyName AS Key1, t.GivenName AS Key2", thenBy: "Key1, Key2",
        publicColumns: ["DisplayName", "GivenName", "FamilyName", "Role", "Department", "Constituency", "Peerage", "Party", "Email"],
        postgres: new(
            exact: """lower(t."DisplayName") = lower(@exact) OR lower(t."FamilyName") = lower(@exact) OR lower(t."GivenName" || ' ' || t."FamilyName") = lower(@exact)""",
            publicVector: "SearchPublic", publicVisible: "true",
            sortKeys: """t."FamilyName" AS "Key1", t."GivenName" AS "Key2" """, thenBy: "\"Key1\", \"Key2\""));

    public static readonly SearchIndex Organisations = new(
        "SearchOrganisations", "Organisations",
        // Name, ShortName, Notes (organisation notes are shown to every role)
        weights: "10, 8, 1",
        exact: "t.Name = $exact COLLATE NOCASE OR t.ShortName = $exact COLLATE NOCASE",
        visible: "1",
        sortKeys: "t.Name AS Key1", thenBy: "Key1",
        publicColumns: null,
        postgres: new(
            exact: """lower(t."Name") = lower(@exact) OR lower(t."ShortName") = lower(@exact)""",
            publicVector: "SearchAll", publicVisible: "true",
            sortKeys: """t."Name" AS "Key1" """, thenBy: "\"Key1\""));

    public static readonly SearchIndex Interactions = new(
        "SearchInteractions", "Interactions",
        // Title, Location, Summary, PqUin, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs
        weights: "5, 1, 2, 3, 1, 1, 1, 1",
        exact: "t.Title = $exact COLLATE NOCASE",
        visible: "$staff = 1 OR t.IsConfidential = 0",
        sortKeys: "t.OccurredAt AS Key1", thenBy: "Key1 DESC",
        publicColumns: ["Title", "Location", "Summary", "PqUin"],
        postgres: new(
            exact: """lower(t."Title") = lower(@exact)""",
            publicVector: "SearchPublic", publicVisible: """NOT t."IsConfidential" """,
            sortKeys: """t."OccurredAt" AS "Key1" """, thenBy: "\"Key1\" DESC"));

    private SearchIndex(
        string name, string table, string weights, string exact, string visible, string sortKeys, string thenBy, string[]? publicColumns,
        PostgresIndex postgres)
    {
        PublicColumns = publicColumns;
        PostgresStaffSql = postgres.Sql(table, "SearchAll", "true");
        PostgresPublicSql = postgres.Sql(table, postgres.PublicVector, postgres.PublicVisible);
        var from = $"FROM {name} JOIN {table} t ON t.Id = {name}.rowid WHERE {name} MATCH $match AND ({visible})";
        var tier = $"CASE WHEN {exact} THEN 0 ELSE 1 END";
        NewestSql = $"SELECT {name}.rowid, {tier} {from} ORDER BY {name}.rowid DESC LIMIT $limit";
        RankedSql = $"""
            SELECT Id, Tier FROM (
                SELECT {name}.rowid AS Id, {tier} AS Tier, bm25({name}, {weights}) AS Score, {sortKeys}
                {from} ORDER BY {name}.rowid DESC LIMIT $limit)
            ORDER BY Tier, Score, {thenBy}, Id DESC
            """;
    }

    /// <summary>
    /// The columns a reader without <see cref="Users.Permission.ViewConfidential"/> may match (null: all). A positive
    /// list, so a column added later stays internal until someone decides otherwise.
    /// </summary>
    public IReadOnlyList<string>? PublicColumns { get; }

    /// <summary>Visible matches, newest first: FTS5 returns rowids in order, so LIMIT stops reading early.</summary>
    public string NewestSql { get; }

    /// <summary>
    /// The newest visible matches up to the limit, then ranked: exact name or title first, then bm25 with the column
    /// weights, then name or date. bm25 is worked out for those rows only, in the same pass that finds them.
    /// </summary>
    public string RankedSql { get; }

    /// <summary>
    /// PostgreSQL: the newest visible prefix matches up to the limit, ranked as <see cref="RankedSql"/> with ts_rank
    /// (weights A–D) for bm25. Staff match <c>SearchAll</c>; others the vector without internal notes.
    /// </summary>
    public string PostgresStaffSql { get; }

    /// <inheritdoc cref="PostgresStaffSql"/>
    public string PostgresPublicSql { get; }

    private sealed class PostgresIndex(string exact, string publicVector, string publicVisible, string sortKeys, string thenBy)
    {
        public string PublicVector => publicVector;

        public string PublicVisible => publicVisible;

        public string Sql(string table, string vector, string visible) => $"""
            SELECT "Id", "Tier" FROM (
                SELECT t."Id", CASE WHEN {exact} THEN 0 ELSE 1 END AS "Tier", ts_rank(t."{vector}", q) AS "Score", {sortKeys}
                FROM "{table}" t, to_tsquery('campaign_search'::regconfig, @query) q
                WHERE t."{vector}" @@ q AND ({visible})
                ORDER BY t."Id" DESC LIMIT @limit) r
            ORDER BY "Tier", "Score" DESC, {thenBy}, "Id" DESC
            """;
    }
}
