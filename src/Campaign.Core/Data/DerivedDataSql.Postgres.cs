namespace Campaign.Data;

/// <summary>
/// The same derived values on PostgreSQL: one PL/pgSQL function per trigger, with the SQLite triggers' statements.
/// What differs: booleans are booleans, <c>IS DISTINCT FROM</c> for SQLite's <c>IS NOT</c>, the month is
/// <c>to_char(…, 'YYYY-MM')</c> of a timestamp, and row triggers fire when their statement ends rather than per row.
/// A new record therefore starts as not current (a BEFORE trigger): the insert trigger can then take the pair's
/// flagged record out of the tally without knowing whether another row of the same statement flagged it.
/// Flags and latest contacts are only written when they change, since every UPDATE moves a row's xmin (its version).
/// </summary>
public static partial class DerivedDataSql
{
    private const string PgCurrentStanceOf = """
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" = c."Id")
        FROM (SELECT l."Id" FROM "StatedPositions" l WHERE l."StakeholderId" = {0}."StakeholderId" AND l."AskId" = {0}."AskId"
              ORDER BY l."StatedOn" DESC, l."Id" DESC LIMIT 1) c
        WHERE q."StakeholderId" = {0}."StakeholderId" AND q."AskId" = {0}."AskId" AND q."IsCurrent" <> (q."Id" = c."Id");
        """;

    private const string PgTallyUpsert = """
        ON CONFLICT ("AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        """;

    private const string PgTallyPair = """
        INSERT INTO "StanceTallies" ("AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", {2}
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = {0} AND p."AskId" = {1} AND p."IsCurrent" AND p."Id" IS DISTINCT FROM {3} AND {4}
        """ + "\n" + PgTallyUpsert;

    private const string PgUntallyRecord = UntallyRecordInsert + "\n" + PgTallyUpsert;

    private const string PgTallyPerson = TallyPersonInsert + "\n" + PgTallyUpsert;

    private static string PgPair(string row, int delta, string excluding = "NULL", string when = "true") =>
        string.Format(PgTallyPair, row + ".\"StakeholderId\"", row + ".\"AskId\"", delta, excluding, when);

    /// <summary>Works out the latest contacts again for the people matching {0} (a condition on <c>p</c>).</summary>
    private const string PgRecomputeContacts = """
        UPDATE "Stakeholders" s SET "LatestContactAt" = c."Any", "LatestOpenContactAt" = c."Open"
        FROM (SELECT p."Id", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM "Stakeholders" p LEFT JOIN "InteractionAttendees" a ON a."StakeholderId" = p."Id" LEFT JOIN "Interactions" i ON i."Id" = a."InteractionId"
              WHERE {0} GROUP BY p."Id") c
        WHERE s."Id" = c."Id" AND (s."LatestContactAt", s."LatestOpenContactAt") IS DISTINCT FROM (c."Any", c."Open");
        """;

    private const string PgMonth = "to_char({0}.\"OccurredAt\", 'YYYY-MM')";

    private static string PgAddMonthCount(string row) => $"""
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "Count") VALUES ({row}."CampaignId", {string.Format(PgMonth, row)}, {row}."Kind", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind") DO UPDATE SET "Count" = "InteractionMonthCounts"."Count" + 1;
        """;

    private static string PgRemoveMonthCount(string row) => $"""
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {row}."CampaignId" AND "Month" = {string.Format(PgMonth, row)} AND "Kind" = {row}."Kind";
        """;

    private static string PgRemovePartnerCountsOf(string row) => $"""
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {row}."CampaignId" AND "Month" = {string.Format(PgMonth, row)}
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = {row}."Id");
        """;

    private static string PgAddPartnerCountsOf(string row) => $"""
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
        SELECT {row}."CampaignId", p."OrganisationId", {string.Format(PgMonth, row)}, 1 FROM "InteractionPartners" p WHERE p."InteractionId" = {row}."Id"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month") DO UPDATE SET "Count" = "PartnerMonthCounts"."Count" + 1;
        """;

    /// <summary>A trigger and its function (same name). BEFORE row triggers return the row, or the write would be skipped.</summary>
    private static string PgTrigger(string name, string timing, string table, string body, string? when = null)
    {
        var result = timing.StartsWith("BEFORE DELETE", StringComparison.Ordinal) ? "OLD" : timing.StartsWith("BEFORE", StringComparison.Ordinal) ? "NEW" : "NULL";
        var condition = when is null ? "" : $" WHEN ({when})";
        return $"""
            CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
            {body}
            RETURN {result};
            END;
            $body$;
            CREATE TRIGGER "{name}" {timing} ON "{table}" FOR EACH ROW{condition} EXECUTE FUNCTION "{name}"();
            """;
    }

    private const string PgSamePairNot = """NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")""";

    public static readonly string[] PostgresTriggers =
    [
        PgTrigger("StatedPositions_Current_Reset", "BEFORE INSERT", "StatedPositions", """NEW."IsCurrent" := false;"""),
        PgTrigger("StatedPositions_Current_Insert", "AFTER INSERT", "StatedPositions", $"""
            {PgPair("NEW", -1)}
            {string.Format(PgCurrentStanceOf, "NEW")}
            {PgPair("NEW", 1)}
            """),
        PgTrigger("StatedPositions_Current_Delete", "AFTER DELETE", "StatedPositions", $"""
            {string.Format(PgUntallyRecord, "OLD")}
            {PgPair("OLD", -1)}
            {string.Format(PgCurrentStanceOf, "OLD")}
            {PgPair("OLD", 1)}
            """),
        PgTrigger("StatedPositions_Current_Update", """AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance" """, "StatedPositions", $"""
            {string.Format(PgUntallyRecord, "OLD")}
            {PgPair("OLD", -1, "NEW.\"Id\"")}
            {PgPair("NEW", -1, "NEW.\"Id\"", PgSamePairNot)}
            {string.Format(PgCurrentStanceOf, "OLD")}
            {string.Format(PgCurrentStanceOf, "NEW")}
            {PgPair("OLD", 1)}
            {PgPair("NEW", 1, when: PgSamePairNot)}
            """),
        PgTrigger("Stakeholders_Tally_Update", """AFTER UPDATE OF "Status", "Kind", "Party" """, "Stakeholders", $"""
            {string.Format(PgTallyPerson, "OLD", -1)}
            {string.Format(PgTallyPerson, "NEW", 1)}
            """,
            when: """OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR coalesce(OLD."Party", '') IS DISTINCT FROM coalesce(NEW."Party", '')"""),
        // BEFORE, as on SQLite: the person's records go by cascade, after which there is no person to join to.
        PgTrigger("Stakeholders_Tally_Delete", "BEFORE DELETE", "Stakeholders", string.Format(PgTallyPerson, "OLD", -1)),
        PgTrigger("InteractionAttendees_Contact_Insert", "AFTER INSERT", "InteractionAttendees", """
            UPDATE "Stakeholders" s SET
                "LatestContactAt" = greatest(s."LatestContactAt", i."OccurredAt"),
                "LatestOpenContactAt" = CASE WHEN i."IsConfidential" THEN s."LatestOpenContactAt" ELSE greatest(s."LatestOpenContactAt", i."OccurredAt") END
            FROM "Interactions" i
            WHERE i."Id" = NEW."InteractionId" AND s."Id" = NEW."StakeholderId"
              AND (s."LatestContactAt" IS NULL OR s."LatestContactAt" < i."OccurredAt"
                   OR (NOT i."IsConfidential" AND (s."LatestOpenContactAt" IS NULL OR s."LatestOpenContactAt" < i."OccurredAt")));
            """),
        PgTrigger("InteractionAttendees_Contact_Delete", "AFTER DELETE", "InteractionAttendees",
            string.Format(PgRecomputeContacts, "p.\"Id\" = OLD.\"StakeholderId\"")),
        PgTrigger("Interactions_Contact_Update", """AFTER UPDATE OF "OccurredAt", "IsConfidential" """, "Interactions",
            string.Format(PgRecomputeContacts, "p.\"Id\" IN (SELECT \"StakeholderId\" FROM \"InteractionAttendees\" WHERE \"InteractionId\" = NEW.\"Id\")"),
            when: """OLD."OccurredAt" IS DISTINCT FROM NEW."OccurredAt" OR OLD."IsConfidential" IS DISTINCT FROM NEW."IsConfidential" """),
        PgTrigger("Interactions_Counts_Insert", "AFTER INSERT", "Interactions", PgAddMonthCount("NEW")),
        // BEFORE: the partner rows go with the interaction (cascade), and by then it is too late to see them.
        PgTrigger("Interactions_Counts_Delete", "BEFORE DELETE", "Interactions", $"""
            {PgRemoveMonthCount("OLD")}
            {PgRemovePartnerCountsOf("OLD")}
            """),
        PgTrigger("Interactions_Counts_Update", """AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind" """, "Interactions", $"""
            {PgRemoveMonthCount("OLD")}
            {PgAddMonthCount("NEW")}
            {PgRemovePartnerCountsOf("OLD")}
            {PgAddPartnerCountsOf("NEW")}
            """,
            when: $"""OLD."CampaignId" IS DISTINCT FROM NEW."CampaignId" OR {string.Format(PgMonth, "OLD")} IS DISTINCT FROM {string.Format(PgMonth, "NEW")} OR OLD."Kind" IS DISTINCT FROM NEW."Kind" """),
        PgTrigger("InteractionPartners_Counts_Insert", "AFTER INSERT", "InteractionPartners", $"""
            INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
            SELECT i."CampaignId", NEW."OrganisationId", {string.Format(PgMonth, "i")}, 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
            ON CONFLICT ("CampaignId", "OrganisationId", "Month") DO UPDATE SET "Count" = "PartnerMonthCounts"."Count" + 1;
            """),
        // Finds nothing when the interaction itself is being deleted: its delete trigger has counted those already.
        PgTrigger("InteractionPartners_Counts_Delete", "AFTER DELETE", "InteractionPartners", $"""
            UPDATE "PartnerMonthCounts" c SET "Count" = c."Count" - 1
            FROM "Interactions" i
            WHERE i."Id" = OLD."InteractionId" AND c."CampaignId" = i."CampaignId" AND c."Month" = {string.Format(PgMonth, "i")}
              AND c."OrganisationId" = OLD."OrganisationId";
            """),
    ];

    /// <summary>Fills the derived values from what is already stored (run once, when the triggers are created).</summary>
    public static readonly string[] PostgresBackfill =
    [
        """
        UPDATE "StatedPositions" SET "IsCurrent" = ("Id" = (
            SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = "StatedPositions"."StakeholderId" AND q."AskId" = "StatedPositions"."AskId"
            ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1));
        """,
        """
        INSERT INTO "StanceTallies" ("AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."IsCurrent" GROUP BY 1, 2, 3, 4, 5;
        """,
        string.Format(PgRecomputeContacts, "true"),
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "Count")
        SELECT "CampaignId", to_char("OccurredAt", 'YYYY-MM'), "Kind", count(*) FROM "Interactions" GROUP BY 1, 2, 3;
        """,
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
        SELECT i."CampaignId", p."OrganisationId", to_char(i."OccurredAt", 'YYYY-MM'), count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3;
        """,
    ];

    /// <summary>Drops every trigger with its function (each pair shares the name).</summary>
    public static readonly string[] PostgresDropTriggers =
    [
        .. new[]
        {
            "StatedPositions_Current_Reset", "StatedPositions_Current_Insert", "StatedPositions_Current_Delete", "StatedPositions_Current_Update",
            "Stakeholders_Tally_Update", "Stakeholders_Tally_Delete",
            "InteractionAttendees_Contact_Insert", "InteractionAttendees_Contact_Delete", "Interactions_Contact_Update",
            "Interactions_Counts_Insert", "Interactions_Counts_Delete", "Interactions_Counts_Update",
            "InteractionPartners_Counts_Insert", "InteractionPartners_Counts_Delete",
        }.Select(name => $"DROP FUNCTION IF EXISTS \"{name}\"() CASCADE;"),
    ];
}
