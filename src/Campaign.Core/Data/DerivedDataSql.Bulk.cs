namespace Campaign.Data;

/// <summary>
/// Set-based equivalents of the insert triggers (deferred with <see cref="Defer"/>), so a 100,000-contact import updates each
/// derived value once, not 100,000 times. Must match the triggers: the bulk import tests compare every value with a recount.
/// </summary>
public static partial class DerivedDataSql
{
    /// <summary>Statements to run just before and just after inserting the rows of a staged table into a real one.</summary>
    public sealed record BulkInsert(IReadOnlyList<string> Before, IReadOnlyList<string> After)
    {
        public static readonly BulkInsert None = new([], []);
    }

    /// <summary>Turns the insert triggers off for the rest of the writing transaction.</summary>
    public static string Defer(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? $"SELECT set_config('{PostgresDeferralSetting}', 'on', true);"
        : $"""INSERT INTO "{SqliteDeferralTable}" ("Writer") VALUES ('bulk');""";

    /// <summary>Turns them on again (always before the transaction commits).</summary>
    public static string Resume(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? $"SELECT set_config('{PostgresDeferralSetting}', 'off', true);"
        : $"""DELETE FROM "{SqliteDeferralTable}";""";

    /// <summary>The tables whose every write raises <see cref="Dashboard.ChangeCounter.People"/> (triggers in the migrations).</summary>
    public static readonly IReadOnlyList<string> PeopleCounterTables = ["Stakeholders", "Interactions", "InteractionAttendees", "FollowUps", "StatedPositions"];

    /// <summary>The tables whose writes log who changed (<see cref="Dashboard.PersonChange"/>).</summary>
    private static readonly string[] PersonChangeTables = ["Stakeholders", "StatedPositions"];

    private const string RaisePeopleCounter = $"""UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = '{Dashboard.ChangeCounter.People}';""";

    private static string LogEveryone(bool pg) =>
        $"""INSERT {(pg ? "" : "OR IGNORE ")}INTO "PersonChanges" ("Stamp", "StakeholderId") SELECT "Value", {Dashboard.PersonChange.Everyone} FROM "ChangeCounters" WHERE "Name" = '{Dashboard.ChangeCounter.People}'{(pg ? " ON CONFLICT DO NOTHING" : "")};""";

    /// <summary>
    /// What the insert triggers of <paramref name="table"/> would have done for every row of <paramref name="staged"/> (exactly
    /// the inserted rows, with their final ids). <see cref="BulkInsert.Before"/> may change the staged rows.
    /// </summary>
    public static BulkInsert ForBulkInsert(DatabaseProvider provider, string table, string staged)
    {
        var derived = DerivedRows(provider == DatabaseProvider.Postgres, table, staged);
        // Once for all the rows, where the people counter's insert triggers raise it once a row (SQLite) or a transaction.
        if (!PeopleCounterTables.Contains(table)) return derived;
        // The rows' people are not listed one by one in the change log: the dashboard reads everyone again.
        string[] everyone = PersonChangeTables.Contains(table) ? [LogEveryone(provider == DatabaseProvider.Postgres)] : [];
        return derived with { After = [.. derived.After, RaisePeopleCounter, .. everyone] };
    }

    private static BulkInsert DerivedRows(bool pg, string table, string staged)
    {
        return table switch
        {
            "Interactions" => new([], [MonthCounts(pg, staged), .. pg ? [] : SearchRows(table, staged)]),
            "InteractionAttendees" => new([], [pg ? PgLatestContacts(staged) : SqliteLatestContacts(staged)]),
            "InteractionPartners" => new([], [PartnerCounts(pg, staged)]),
            "StatedPositions" => new(
                [
                    // The trigger's BEFORE step (PostgreSQL) or its last UPDATE (SQLite), done to the staged rows instead.
                    $"""UPDATE {staged} SET "IsConfidential" = {(pg ? "true" : "1")} WHERE NOT "IsConfidential" AND "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential");""",
                    .. pg ? [$"""SELECT 1 FROM "Stakeholders" WHERE "Id" IN (SELECT "StakeholderId" FROM {staged}) ORDER BY "Id" FOR NO KEY UPDATE;"""] : Array.Empty<string>(),
                    .. Views.Select(v => PairsTally(pg, v, staged, "-")),
                ],
                [pg ? PgPairsCurrent(staged) : SqlitePairsCurrent(staged), .. Views.Select(v => PairsTally(pg, v, staged, ""))]),
            "Stakeholders" or "Organisations" when !pg => new([], SearchRows(table, staged)),
            _ => BulkInsert.None,
        };
    }

    private static string Upsert(bool pg, string table) => $"{StoredCount(pg, table)} + excluded.\"Count\"";

    private static string MonthCounts(bool pg, string staged) => $"""
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        SELECT i."CampaignId", {MonthOf(pg, "i")}, i."Kind", i."IsConfidential", count(*) FROM {staged} i GROUP BY 1, 2, 3, 4
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = {Upsert(pg, "InteractionMonthCounts")};
        """;

    private static string PartnerCounts(bool pg, string staged) => $"""
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", p."OrganisationId", {MonthOf(pg, "i")}, i."IsConfidential", count(*)
        FROM {staged} p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3, 4
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = {Upsert(pg, "PartnerMonthCounts")};
        """;

    // New attendances only move a latest contact later; people whose latest contact stays are not written at all.
    private static string SqliteLatestContacts(string staged) => $"""
        UPDATE "Stakeholders" SET
            "LatestContactAt" = max(coalesce("LatestContactAt", ''), c."Any"),
            "LatestOpenContactAt" = CASE WHEN c."Open" IS NULL THEN "LatestOpenContactAt" ELSE max(coalesce("LatestOpenContactAt", ''), c."Open") END
        FROM (SELECT a."StakeholderId", max(i."OccurredAt") AS "Any", max(CASE WHEN NOT i."IsConfidential" THEN i."OccurredAt" END) AS "Open"
              FROM {staged} a JOIN "Interactions" i ON i."Id" = a."InteractionId" GROUP BY a."StakeholderId") AS c
        WHERE "Stakeholders"."Id" = c."StakeholderId"
          AND (c."Any" > coalesce("LatestContactAt", '') OR c."Open" > coalesce("LatestOpenContactAt", ''));
        """;

    private static string PgLatestContacts(string staged) => $"""
        UPDATE "Stakeholders" s SET "LatestContactAt" = greatest(s."LatestContactAt", c."Any"), "LatestOpenContactAt" = greatest(s."LatestOpenContactAt", c."Open")
        FROM (SELECT a."StakeholderId", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM {staged} a JOIN "Interactions" i ON i."Id" = a."InteractionId" GROUP BY a."StakeholderId") c
        WHERE s."Id" = c."StakeholderId"
          AND (s."LatestContactAt" IS NULL OR s."LatestContactAt" < c."Any"
               OR (c."Open" IS NOT NULL AND (s."LatestOpenContactAt" IS NULL OR s."LatestOpenContactAt" < c."Open")));
        """;

    private static string StagedPairs(string staged) => $"""(SELECT DISTINCT "StakeholderId", "AskId" FROM {staged})""";

    /// <summary>Adds (or with <paramref name="sign"/> "-" takes away) the view's current stances of every staged (person, ask) pair.</summary>
    private static string PairsTally(bool pg, View view, string staged, string sign) => $"""
        INSERT INTO "StanceTallies" {TallyColumns}
        SELECT '{view.Clearance}', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", {sign}count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."{view.Flag}" AND (p."StakeholderId", p."AskId") IN (SELECT "StakeholderId", "AskId" FROM {staged})
        GROUP BY 2, 3, 4, 5, 6
        ON CONFLICT {TallyKey} DO UPDATE SET "Count" = {Upsert(pg, "StanceTallies")};
        """;

    /// <summary>Works out the current records of every staged pair again; only rows whose flags change are written.</summary>
    private static string SqlitePairsCurrent(string staged) => $"""
        UPDATE "StatedPositions" AS r SET "IsCurrent" = (r."Id" IS l."Staff"), "IsCoalitionCurrent" = (r."Id" IS l."Coalition")
        FROM (SELECT k."StakeholderId", k."AskId", ({LatestOf("k", Views[0])}) AS "Staff", ({LatestOf("k", Views[1])}) AS "Coalition"
              FROM {StagedPairs(staged)} AS k) AS l
        WHERE r."StakeholderId" = l."StakeholderId" AND r."AskId" = l."AskId"
          AND (r."IsCurrent" IS NOT (r."Id" IS l."Staff") OR r."IsCoalitionCurrent" IS NOT (r."Id" IS l."Coalition"));
        """;

    private static string PgPairsCurrent(string staged) => $"""
        UPDATE "StatedPositions" r SET "IsCurrent" = (r."Id" IS NOT DISTINCT FROM l."Staff"), "IsCoalitionCurrent" = (r."Id" IS NOT DISTINCT FROM l."Coalition")
        FROM (SELECT k."StakeholderId", k."AskId", ({LatestOf("k", Views[0])}) AS "Staff", ({LatestOf("k", Views[1])}) AS "Coalition"
              FROM {StagedPairs(staged)} k) l
        WHERE r."StakeholderId" = l."StakeholderId" AND r."AskId" = l."AskId"
          AND (r."IsCurrent", r."IsCoalitionCurrent") IS DISTINCT FROM (r."Id" IS NOT DISTINCT FROM l."Staff", r."Id" IS NOT DISTINCT FROM l."Coalition");
        """;

    /// <summary>
    /// SQLite: the staged rows into each full-text index of the table. Merging was a third of the time the lock was held, so
    /// it is off here and <see cref="SearchMerges"/> merges afterwards in short steps.
    /// </summary>
    private static string[] SearchRows(string table, string staged) =>
        SearchIndexes.Where(x => x.Table == table).SelectMany(x => new[]
        {
            $"INSERT INTO {x.Index}({x.Index}, rank) VALUES ('automerge', 0);",
            $"""
            INSERT INTO {x.Index}(rowid, {x.List}) SELECT t.Id, {x.Values("t")} FROM {staged} t{(x.Rows is null ? "" : " WHERE " + string.Format(x.Rows, "t"))};
            """,
            $"INSERT INTO {x.Index}({x.Index}, rank) VALUES ('automerge', {DefaultAutomerge});",
        }).ToArray();

    /// <summary>FTS5's default: merge once a level holds four segments.</summary>
    private const int DefaultAutomerge = 4;

    /// <summary>
    /// SQLite: one short step of merging the full-text index segments a bulk insert into <paramref name="table"/> left,
    /// per index; each is run on its own (a transaction of a few milliseconds) until it changes fewer than two rows.
    /// </summary>
    public static IReadOnlyList<string> SearchMerges(string table) =>
        SearchIndexes.Where(x => x.Table == table).Select(x => $"INSERT INTO {x.Index}({x.Index}, rank) VALUES ('merge', 64);").ToList();

    /// <summary>
    /// SQLite: the people's indexes (full-text search and the directory's names), where an edit deletes a person's old words
    /// in place (FTS5 secure-delete) so nothing of them is left in the file. A members import re-indexes hundreds of people at
    /// once, and deleting in place was 60% of its commit at 10× (README, issue 22): it turns this off for its transaction
    /// (<see cref="IndexPeopleLazily"/>), so old words stay behind a delete marker until FTS5 merges them away, and an erasure
    /// sweeps both indexes (<see cref="SweepPeopleIndexes"/>) so that nothing of an erased person's, old or current, is kept.
    /// </summary>
    internal static readonly string[] PeopleIndexes = ["SearchStakeholders", "StakeholderNames"];

    /// <summary>Secure-delete off (<paramref name="lazily"/>) or back on for the people's indexes; stored by FTS5 in the transaction.</summary>
    public static IReadOnlyList<string> IndexPeopleLazily(bool lazily) =>
        PeopleIndexes.Select(index => $"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', {(lazily ? 0 : 1)});").ToList();

    /// <summary>Merges each people's index into one segment, which drops every deleted word left behind a delete marker.</summary>
    public static IReadOnlyList<string> SweepPeopleIndexes =>
        PeopleIndexes.Select(index => $"INSERT INTO {index}({index}) VALUES ('optimize');").ToList();
}
