using Campaign.Confidentiality;

namespace Campaign.Search;

/// <summary>
/// The SQL that reads one kind's full-text index for each view (FTS5; PostgreSQL's tsvector columns). All of it is
/// constant: what the user typed only reaches the database as parameters ($match and $exact; @query and @exact).
/// </summary>
internal sealed class SearchIndex
{
    public static readonly SearchIndex People = new(
        exact: "t.DisplayName = $exact COLLATE NOCASE OR t.FamilyName = $exact COLLATE NOCASE " +
               "OR (t.GivenName || ' ' || t.FamilyName) = $exact COLLATE NOCASE",
        sortKeys: "t.FamilyName AS Key1, t.GivenName AS Key2", thenBy: "Key1, Key2",
        // DisplayName, GivenName, FamilyName, Role, Department, Constituency, Peerage, Party, Email, Notes. The coalition
        // view filters out the notes column, which leaves bm25's statistics of the others as they would be without it.
        staff: new("SearchStakeholders", "Stakeholders", "10, 5, 10, 3, 2, 4, 4, 2, 2, 1", null),
        coalition: new("SearchStakeholders", "Stakeholders", "10, 5, 10, 3, 2, 4, 4, 2, 2, 1",
            ["DisplayName", "GivenName", "FamilyName", "Role", "Department", "Constituency", "Peerage", "Party", "Email"]),
        postgres: new(
            exact: """lower(t."DisplayName") = lower(@exact) OR lower(t."FamilyName") = lower(@exact) OR lower(t."GivenName" || ' ' || t."FamilyName") = lower(@exact)""",
            publicVector: "SearchPublic", publicVisible: "true",
            sortKeys: """t."FamilyName" AS "Key1", t."GivenName" AS "Key2" """, thenBy: "\"Key1\", \"Key2\""));

    public static readonly SearchIndex Organisations = new(
        exact: "t.Name = $exact COLLATE NOCASE OR t.ShortName = $exact COLLATE NOCASE",
        sortKeys: "t.Name AS Key1", thenBy: "Key1",
        // Name, ShortName, Notes (organisation notes are shown to every role)
        staff: new("SearchOrganisations", "Organisations", "10, 8, 1", null),
        coalition: new("SearchOrganisations", "Organisations", "10, 8, 1", null),
        postgres: new(
            exact: """lower(t."Name") = lower(@exact) OR lower(t."ShortName") = lower(@exact)""",
            publicVector: "SearchAll", publicVisible: "true",
            sortKeys: """t."Name" AS "Key1" """, thenBy: "\"Key1\""));

    public static readonly SearchIndex Interactions = new(
        exact: "t.Title = $exact COLLATE NOCASE",
        sortKeys: "t.OccurredAt AS Key1", thenBy: "Key1 DESC",
        // Title, Location, Summary, PqUin, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs. The coalition view
        // has its own index of non-confidential rows' public text, so neither its hits nor its bm25 statistics count hidden rows.
        staff: new("SearchInteractions", "Interactions", "5, 1, 2, 3, 1, 1, 1, 1", null),
        coalition: new("SearchInteractionsShared", "Interactions", "5, 1, 2, 3", null, Visible: "t.IsConfidential = 0"),
        postgres: new(
            exact: """lower(t."Title") = lower(@exact)""",
            publicVector: "SearchPublic", publicVisible: """NOT t."IsConfidential" """,
            sortKeys: """t."OccurredAt" AS "Key1" """, thenBy: "\"Key1\" DESC"));

    private readonly FtsSql _staff;
    private readonly FtsSql _coalition;

    private SearchIndex(string exact, string sortKeys, string thenBy, FtsIndex staff, FtsIndex coalition, PostgresIndex postgres)
    {
        PostgresStaffSql = postgres.Sql(staff.Table, "SearchAll", "true");
        PostgresPublicSql = postgres.Sql(staff.Table, postgres.PublicVector, postgres.PublicVisible);
        _staff = staff.Sql(exact, sortKeys, thenBy);
        _coalition = coalition.Sql(exact, sortKeys, thenBy);
    }

    /// <summary>SQLite: the FTS5 queries for a reader's view.</summary>
    public FtsSql For(Clearance clearance) => clearance == Clearance.Staff ? _staff : _coalition;

    /// <summary>
    /// One FTS5 index as a view reads it. <see cref="Columns"/> (null: all) lists what the reader may match, so a column
    /// added later stays internal until someone decides otherwise.
    /// </summary>
    private sealed record FtsIndex(string Name, string Table, string Weights, string[]? Columns, string Visible = "1")
    {
        public FtsSql Sql(string exact, string sortKeys, string thenBy)
        {
            var from = $"FROM {Name} JOIN {Table} t ON t.Id = {Name}.rowid WHERE {Name} MATCH $match AND ({Visible})";
            var tier = $"CASE WHEN {exact} THEN 0 ELSE 1 END";
            return new FtsSql(
                $"SELECT {Name}.rowid, {tier} {from} ORDER BY {Name}.rowid DESC LIMIT $limit",
                $"""
                SELECT Id, Tier FROM (
                    SELECT {Name}.rowid AS Id, {tier} AS Tier, bm25({Name}, {Weights}) AS Score, {sortKeys}
                    {from} ORDER BY {Name}.rowid DESC LIMIT $limit)
                ORDER BY Tier, Score, {thenBy}, Id DESC
                """,
                Columns);
        }
    }

    /// <summary>
    /// PostgreSQL: the newest visible prefix matches up to the limit, ranked as <see cref="FtsSql.RankedSql"/> with ts_rank
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

/// <param name="NewestSql">Visible matches, newest first: FTS5 returns rowids in order, so LIMIT stops reading early.</param>
/// <param name="RankedSql">
/// The newest visible matches up to the limit, then ranked: exact name or title first, then bm25 with the column
/// weights, then name or date. bm25 is worked out for those rows only, in the same pass that finds them.
/// </param>
/// <param name="Columns">The columns the reader may match (null: all).</param>
internal sealed record FtsSql(string NewestSql, string RankedSql, IReadOnlyList<string>? Columns);
