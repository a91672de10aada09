namespace Campaign.Data;

/// <summary>
/// Values derived from the history (current stances, stance tallies, latest contacts, monthly counts), kept for both views
/// by triggers in the writing transaction whoever writes, so the coalition view reads stored values as staff do.
/// </summary>
public static partial class DerivedDataSql
{
    /// <summary>One view's current-stance flag, and which records it may count.</summary>
    private sealed record View(string Clearance, string Flag, bool PublicOnly)
    {
        /// <summary>A condition on the record alias <paramref name="p"/>, starting with " AND" or empty.</summary>
        public string AndVisible(string p) => PublicOnly ? $""" AND NOT {p}."IsConfidential" """.TrimEnd() : "";
    }

    // Properties, not fields: the partial class's two files initialise their fields in no set order.
    private static View[] Views => [new("Staff", "IsCurrent", false), new("Coalition", "IsCoalitionCurrent", true)];

    private const string TallyColumns = """("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")""";
    private const string TallyKey = """("Clearance", "AskId", "Status", "Kind", "Party", "Stance")""";

    private static string CurrentStanceOf(string row) => $"""
        UPDATE "StatedPositions" SET
            "IsCurrent" = ("Id" IS ({LatestOf(row, Views[0])})),
            "IsCoalitionCurrent" = ("Id" IS ({LatestOf(row, Views[1])}))
        WHERE "StakeholderId" = {row}."StakeholderId" AND "AskId" = {row}."AskId";
        """;

    /// <summary>The id of the pair's latest record in the view (both providers).</summary>
    private static string LatestOf(string row, View view) => $"""
        SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = {row}."StakeholderId" AND q."AskId" = {row}."AskId"{view.AndVisible("q")}
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1
        """;

    private static string TallyUpsert(string count) => $"""ON CONFLICT {TallyKey} DO UPDATE SET "Count" = {count} + excluded."Count";""";

    /// <summary>Adds <paramref name="delta"/> to the tally of the pair's flagged record, leaving out record <paramref name="excluding"/>.</summary>
    private static string TallyPairInsert(string row, View view, int delta, string excluding, string when, string excludingOperator) => $"""
        INSERT INTO "StanceTallies" {TallyColumns}
        SELECT '{view.Clearance}', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", {delta}
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = {row}."StakeholderId" AND p."AskId" = {row}."AskId" AND p."{view.Flag}" AND p."Id" {excludingOperator} {excluding} AND {when}
        """;

    private static string Pair(string row, View view, int delta, string excluding = "NULL", string when = "1") =>
        TallyPairInsert(row, view, delta, excluding, when, "IS NOT") + "\n" + TallyUpsert("\"Count\"");

    /// <summary>Takes record <paramref name="row"/> (OLD) out of the view's tally if it was current there (both providers; upsert appended).</summary>
    private static string UntallyRecordInsert(string row, View view) => $"""
        INSERT INTO "StanceTallies" {TallyColumns}
        SELECT '{view.Clearance}', {row}."AskId", s."Status", s."Kind", coalesce(s."Party", ''), {row}."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = {row}."StakeholderId" AND {row}."{view.Flag}"
        """;

    /// <summary>Moves every current stance of person <paramref name="row"/> by <paramref name="sign"/> under that row's status, kind and party (both providers).</summary>
    private static string TallyPersonInsert(string row, View view, int sign) => $"""
        INSERT INTO "StanceTallies" {TallyColumns}
        SELECT '{view.Clearance}', p."AskId", {row}."Status", {row}."Kind", coalesce({row}."Party", ''), p."Stance", {sign} * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = {row}."Id" AND p."{view.Flag}" GROUP BY p."AskId", p."Stance"
        """;

    private static string EachView(Func<View, string> statement) => string.Join("\n", Views.Select(statement));

    private static string TallyPerson(string row, int sign) =>
        EachView(v => TallyPersonInsert(row, v, sign) + "\n" + TallyUpsert("\"Count\""));

    private const string RecomputeContacts = """
        UPDATE "Stakeholders" SET
            "LatestContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                 WHERE a."StakeholderId" = "Stakeholders"."Id"),
            "LatestOpenContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                     WHERE a."StakeholderId" = "Stakeholders"."Id" AND i."IsConfidential" = 0)
        """;

    private static string Month(string row) => $"""substr({row}."OccurredAt", 1, 7)""";

    private static string MonthOf(bool pg, string row) => pg ? PgMonth(row) : Month(row);

    // An upsert's stored count: PostgreSQL wants it named with its table.
    private static string StoredCount(bool pg, string table) => pg ? $"\"{table}\".\"Count\"" : "\"Count\"";

    // The month counts kept by the interaction triggers, on either database.
    private static string AddMonthCount(bool pg, string row) => $"""
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        VALUES ({row}."CampaignId", {MonthOf(pg, row)}, {row}."Kind", {row}."IsConfidential", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = {StoredCount(pg, "InteractionMonthCounts")} + 1;
        """;

    private static string RemoveMonthCount(bool pg, string row) => $"""
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {row}."CampaignId" AND "Month" = {MonthOf(pg, row)} AND "Kind" = {row}."Kind" AND "IsConfidential" = {row}."IsConfidential";
        """;

    private static string RemovePartnerCountsOf(bool pg, string row) => $"""
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {row}."CampaignId" AND "Month" = {MonthOf(pg, row)} AND "IsConfidential" = {row}."IsConfidential"
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = {row}."Id");
        """;

    private static string AddPartnerCountsOf(bool pg, string row) => $"""
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT {row}."CampaignId", p."OrganisationId", {MonthOf(pg, row)}, {row}."IsConfidential", 1 FROM "InteractionPartners" p WHERE p."InteractionId" = {row}."Id"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = {StoredCount(pg, "PartnerMonthCounts")} + 1;
        """;

    /// <summary>A record from a confidential interaction is confidential too, whoever wrote it (SQLite: as an UPDATE, which the update trigger counts).</summary>
    private static string ConfidentialFromInteraction(string row) => $"""
        UPDATE "StatedPositions" SET "IsConfidential" = 1
        WHERE "Id" = {row}."Id" AND NOT "IsConfidential" AND EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = {row}."InteractionId" AND i."IsConfidential");
        """;

    /// <summary>
    /// SQLite: while the writing transaction holds a row here, the insert triggers leave their work to the bulk writer.
    /// A table, not an app-defined function, so the triggers still run in any SQLite tool; with one writer, no other sees the row.
    /// </summary>
    public const string SqliteDeferralTable = "DeferredDerivedData";

    private const string SqliteNotDeferred = $"""NOT EXISTS (SELECT 1 FROM "{SqliteDeferralTable}")""";

    /// <summary>An FTS5 index over a table (external content), and which rows it holds.</summary>
    internal sealed record SearchIndexTable(string Index, string Table, string[] Columns, string? Rows = null)
    {
        public string List => string.Join(", ", Columns);

        public string Values(string row) => string.Join(", ", Columns.Select(c => $"{row}.{c}"));
    }

    /// <summary>
    /// The full-text indexes; only their insert triggers are made here, so an import can defer them. Keep the column order:
    /// SearchIndex's bm25 weights go by position.
    /// </summary>
    internal static SearchIndexTable[] SearchIndexes =>
    [
        new("SearchStakeholders", "Stakeholders", ["DisplayName", "GivenName", "FamilyName", "Role", "Department", "Constituency", "Peerage", "Party", "Email", "Notes"]),
        new("SearchOrganisations", "Organisations", ["Name", "ShortName", "Notes"]),
        new("SearchInteractions", "Interactions", ["Title", "Location", "Summary", "PqUin", "AsksRaised", "TheirConcerns", "CommitmentsByThem", "CommitmentsByUs"]),
        new("SearchInteractionsShared", "Interactions", ["Title", "Location", "Summary", "PqUin"], Rows: "NOT {0}.IsConfidential"),
    ];

    private const string SamePairNot = """NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")""";

    // Migrations apply a frozen copy (MigrationsSql/DerivedDataV3.cs), held equal by a test: to change the SQL, freeze the
    // new output as DerivedDataV4.cs and add a migration that drops the old triggers and applies it.
    public static readonly string[] SqliteTriggers =
    [
        // Each change to a record: take the pair's current stances out of the tallies, work out which records are
        // current, put the (possibly new) current stances back; then mark it confidential if its interaction is.
        $"""
        CREATE TRIGGER "StatedPositions_Current_Insert" AFTER INSERT ON "StatedPositions" WHEN {SqliteNotDeferred} BEGIN
        {EachView(v => Pair("NEW", v, -1, "NEW.\"Id\""))}
        {CurrentStanceOf("NEW")}
        {EachView(v => Pair("NEW", v, 1))}
        {ConfidentialFromInteraction("NEW")}
        END;
        """,
        $"""
        CREATE TRIGGER "StatedPositions_Current_Delete" AFTER DELETE ON "StatedPositions" BEGIN
        {EachView(v => UntallyRecordInsert("OLD", v) + "\n" + TallyUpsert("\"Count\"") + "\n" + Pair("OLD", v, -1))}
        {CurrentStanceOf("OLD")}
        {EachView(v => Pair("OLD", v, 1))}
        END;
        """,
        $"""
        CREATE TRIGGER "StatedPositions_Current_Update" AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance", "IsConfidential" ON "StatedPositions" BEGIN
        {EachView(v => UntallyRecordInsert("OLD", v) + "\n" + TallyUpsert("\"Count\"") + "\n"
            + Pair("OLD", v, -1, "NEW.\"Id\"") + "\n" + Pair("NEW", v, -1, "NEW.\"Id\"", SamePairNot))}
        {CurrentStanceOf("OLD")}
        {CurrentStanceOf("NEW")}
        {EachView(v => Pair("OLD", v, 1) + "\n" + Pair("NEW", v, 1, when: SamePairNot))}
        END;
        """,
        // Linked to a confidential interaction, or made public while linked to one: confidential (again).
        $"""
        CREATE TRIGGER "StatedPositions_Confidential_Link" AFTER UPDATE OF "InteractionId", "IsConfidential" ON "StatedPositions"
        WHEN NEW."InteractionId" IS NOT NULL AND NOT NEW."IsConfidential" BEGIN
        {ConfidentialFromInteraction("NEW")}
        END;
        """,
        // An interaction made confidential takes its positions with it; made public again, they stay confidential.
        """
        CREATE TRIGGER "Interactions_Confidential_Update" AFTER UPDATE OF "IsConfidential" ON "Interactions"
        WHEN NEW."IsConfidential" AND NOT OLD."IsConfidential" BEGIN
        UPDATE "StatedPositions" SET "IsConfidential" = 1 WHERE "InteractionId" = NEW."Id" AND NOT "IsConfidential";
        END;
        """,
        // A person who changes status, kind or party moves their current stances across tallies; one who is deleted
        // leaves them (BEFORE: their records go by cascade, and then the person is no longer there to join to).
        $"""
        CREATE TRIGGER "Stakeholders_Tally_Update" AFTER UPDATE OF "Status", "Kind", "Party" ON "Stakeholders"
        WHEN OLD."Status" IS NOT NEW."Status" OR OLD."Kind" IS NOT NEW."Kind" OR coalesce(OLD."Party", '') IS NOT coalesce(NEW."Party", '') BEGIN
        {TallyPerson("OLD", -1)}
        {TallyPerson("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "Stakeholders_Tally_Delete" BEFORE DELETE ON "Stakeholders" BEGIN
        {TallyPerson("OLD", -1)}
        END;
        """,
        // A new attendance can only move the latest contact later: no need to look at the person's history.
        $"""
        CREATE TRIGGER "InteractionAttendees_Contact_Insert" AFTER INSERT ON "InteractionAttendees" WHEN {SqliteNotDeferred} BEGIN
        UPDATE "Stakeholders" SET
            "LatestContactAt" = max(coalesce("LatestContactAt", ''), i."OccurredAt"),
            "LatestOpenContactAt" = CASE WHEN i."IsConfidential" THEN "LatestOpenContactAt" ELSE max(coalesce("LatestOpenContactAt", ''), i."OccurredAt") END
        FROM (SELECT "OccurredAt", "IsConfidential" FROM "Interactions" WHERE "Id" = NEW."InteractionId") AS i
        WHERE "Stakeholders"."Id" = NEW."StakeholderId";
        END;
        """,
        $"""
        CREATE TRIGGER "InteractionAttendees_Contact_Delete" AFTER DELETE ON "InteractionAttendees" BEGIN
        {RecomputeContacts} WHERE "Id" = OLD."StakeholderId";
        END;
        """,
        $"""
        CREATE TRIGGER "Interactions_Contact_Update" AFTER UPDATE OF "OccurredAt", "IsConfidential" ON "Interactions"
        WHEN OLD."OccurredAt" IS NOT NEW."OccurredAt" OR OLD."IsConfidential" IS NOT NEW."IsConfidential" BEGIN
        {RecomputeContacts} WHERE "Id" IN (SELECT "StakeholderId" FROM "InteractionAttendees" WHERE "InteractionId" = NEW."Id");
        END;
        """,
        $"""
        CREATE TRIGGER "Interactions_Counts_Insert" AFTER INSERT ON "Interactions" WHEN {SqliteNotDeferred} BEGIN
        {AddMonthCount(false, "NEW")}
        END;
        """,
        // BEFORE: the partner rows go with the interaction (cascade), and by then it is too late to see them.
        $"""
        CREATE TRIGGER "Interactions_Counts_Delete" BEFORE DELETE ON "Interactions" BEGIN
        {RemoveMonthCount(false, "OLD")}
        {RemovePartnerCountsOf(false, "OLD")}
        END;
        """,
        $"""
        CREATE TRIGGER "Interactions_Counts_Update" AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind", "IsConfidential" ON "Interactions"
        WHEN OLD."CampaignId" IS NOT NEW."CampaignId" OR {Month("OLD")} IS NOT {Month("NEW")} OR OLD."Kind" IS NOT NEW."Kind"
          OR OLD."IsConfidential" IS NOT NEW."IsConfidential" BEGIN
        {RemoveMonthCount(false, "OLD")}
        {AddMonthCount(false, "NEW")}
        {RemovePartnerCountsOf(false, "OLD")}
        {AddPartnerCountsOf(false, "NEW")}
        END;
        """,
        $"""
        CREATE TRIGGER "InteractionPartners_Counts_Insert" AFTER INSERT ON "InteractionPartners" WHEN {SqliteNotDeferred} BEGIN
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", NEW."OrganisationId", substr(i."OccurredAt", 1, 7), i."IsConfidential", 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "Count" + 1;
        END;
        """,
        // Finds nothing when the interaction itself is being deleted: its delete trigger has counted those already.
        """
        CREATE TRIGGER "InteractionPartners_Counts_Delete" AFTER DELETE ON "InteractionPartners" BEGIN
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        FROM (SELECT "CampaignId", substr("OccurredAt", 1, 7) AS "Month", "IsConfidential" FROM "Interactions" WHERE "Id" = OLD."InteractionId") AS i
        WHERE "PartnerMonthCounts"."CampaignId" = i."CampaignId" AND "PartnerMonthCounts"."Month" = i."Month"
          AND "PartnerMonthCounts"."IsConfidential" = i."IsConfidential" AND "PartnerMonthCounts"."OrganisationId" = OLD."OrganisationId";
        END;
        """,
        // The full-text indexes' insert triggers (their delete and update triggers are the FullTextSearch and
        // ConfidentialPositions migrations' own).
        .. SearchIndexes.Select(x => $"""
            CREATE TRIGGER {x.Index}_AfterInsert AFTER INSERT ON {x.Table} WHEN {(x.Rows is null ? "" : string.Format(x.Rows, "new") + " AND ")}{SqliteNotDeferred} BEGIN
                INSERT INTO {x.Index}(rowid, {x.List}) VALUES (new.Id, {x.Values("new")});
            END;
            """),
    ];

    /// <summary>Fills the derived values from what is already stored (run once, when the triggers are created).</summary>
    public static readonly string[] SqliteBackfill =
    [
        """
        UPDATE "StatedPositions" SET "IsConfidential" = 1
        WHERE NOT "IsConfidential" AND "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential");
        """,
        $"""
        UPDATE "StatedPositions" AS r SET
            "IsCurrent" = ("Id" IS ({LatestOf("r", Views[0])})),
            "IsCoalitionCurrent" = ("Id" IS ({LatestOf("r", Views[1])}));
        """,
        """DELETE FROM "StanceTallies";""",
        .. Views.Select(v => $"""
            INSERT INTO "StanceTallies" {TallyColumns}
            SELECT '{v.Clearance}', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
            FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."{v.Flag}" GROUP BY 2, 3, 4, 5, 6;
            """),
        RecomputeContacts + ";",
        """DELETE FROM "InteractionMonthCounts";""",
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        SELECT "CampaignId", substr("OccurredAt", 1, 7), "Kind", "IsConfidential", count(*) FROM "Interactions" GROUP BY 1, 2, 3, 4;
        """,
        """DELETE FROM "PartnerMonthCounts";""",
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", p."OrganisationId", substr(i."OccurredAt", 1, 7), i."IsConfidential", count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3, 4;
        """,
    ];

    /// <summary>Every trigger made here, the full-text insert triggers included (whose names are not quoted).</summary>
    public static readonly string[] SqliteDropTriggers = [.. TriggerNames(), .. SearchIndexes.Select(x => $"{x.Index}_AfterInsert")];

    private static string[] TriggerNames() =>
    [
        "StatedPositions_Current_Insert", "StatedPositions_Current_Delete", "StatedPositions_Current_Update",
        "StatedPositions_Confidential_Link", "Interactions_Confidential_Update",
        "Stakeholders_Tally_Update", "Stakeholders_Tally_Delete",
        "InteractionAttendees_Contact_Insert", "InteractionAttendees_Contact_Delete", "Interactions_Contact_Update",
        "Interactions_Counts_Insert", "Interactions_Counts_Delete", "Interactions_Counts_Update",
        "InteractionPartners_Counts_Insert", "InteractionPartners_Counts_Delete",
    ];
}
