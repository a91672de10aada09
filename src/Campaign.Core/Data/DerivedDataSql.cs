namespace Campaign.Data;

/// <summary>
/// Values derived from the history and kept by SQLite triggers (PostgreSQL's are in DerivedDataSql.Postgres.cs) in the
/// writing transaction, whatever writes: EF, the bulk importers, the seeder or a hand-run SQL statement. Reads that would otherwise scan every contact or
/// search every person's stance history (dashboard, directory, coverage) read these instead:
/// <list type="bullet">
/// <item>StatedPositions.IsCurrent: the latest record per (stakeholder, ask) by StatedOn, then Id;</item>
/// <item>StanceTallies: current stances counted by ask, status, kind, party and stance;</item>
/// <item>Stakeholders.LatestContactAt / LatestOpenContactAt: the latest contact, and the latest non-confidential one;</item>
/// <item>InteractionMonthCounts / PartnerMonthCounts: contacts per month by kind and by partner organisation.</item>
/// </list>
/// Inserts update incrementally (imports add 100,000 rows); deletes and re-dating recompute the few rows touched.
/// Migrations run this SQL as it stands when they run: a change here needs a new migration that drops and recreates
/// the triggers, or databases created before and after it would behave differently.
/// </summary>
public static partial class DerivedDataSql
{
    private const string CurrentStanceOf = """
        UPDATE "StatedPositions" SET "IsCurrent" = ("Id" = (
            SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = {0}."StakeholderId" AND q."AskId" = {0}."AskId"
            ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1))
        WHERE "StakeholderId" = {0}."StakeholderId" AND "AskId" = {0}."AskId";
        """;

    private const string TallyUpsert = """
        ON CONFLICT ("AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        """;

    /// <summary>Adds {2} to the tally of the pair's flagged current record ({0}, {1}), leaving out record {3}.</summary>
    private const string TallyPair = """
        INSERT INTO "StanceTallies" ("AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", {2}
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = {0} AND p."AskId" = {1} AND p."IsCurrent" AND p."Id" IS NOT {3} AND {4}
        """ + "\n" + TallyUpsert;

    /// <summary>Takes the record {0} (OLD) out of the tally if it was the current one (both providers; upsert appended).</summary>
    private const string UntallyRecordInsert = """
        INSERT INTO "StanceTallies" ("AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT {0}."AskId", s."Status", s."Kind", coalesce(s."Party", ''), {0}."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = {0}."StakeholderId" AND {0}."IsCurrent"
        """;

    private const string UntallyRecord = UntallyRecordInsert + "\n" + TallyUpsert;

    /// <summary>
    /// Moves every current stance of person {0} (OLD or NEW) by {1} under that row's status, kind and party (both
    /// providers; upsert appended).
    /// </summary>
    private const string TallyPersonInsert = """
        INSERT INTO "StanceTallies" ("AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT p."AskId", {0}."Status", {0}."Kind", coalesce({0}."Party", ''), p."Stance", {1} * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = {0}."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        """;

    private const string TallyPerson = TallyPersonInsert + "\n" + TallyUpsert;

    private static string Pair(string row, int delta, string excluding = "NULL", string when = "1") =>
        string.Format(TallyPair, row + ".\"StakeholderId\"", row + ".\"AskId\"", delta, excluding, when);

    private const string RecomputeContacts = """
        UPDATE "Stakeholders" SET
            "LatestContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                 WHERE a."StakeholderId" = "Stakeholders"."Id"),
            "LatestOpenContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                     WHERE a."StakeholderId" = "Stakeholders"."Id" AND i."IsConfidential" = 0)
        """;

    private const string AddMonthCount = """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "Count") VALUES ({0}."CampaignId", substr({0}."OccurredAt", 1, 7), {0}."Kind", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind") DO UPDATE SET "Count" = "Count" + 1;
        """;

    private const string RemoveMonthCount = """
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {0}."CampaignId" AND "Month" = substr({0}."OccurredAt", 1, 7) AND "Kind" = {0}."Kind";
        """;

    private const string RemovePartnerCountsOf = """
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = {0}."CampaignId" AND "Month" = substr({0}."OccurredAt", 1, 7)
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = {0}."Id");
        """;

    private const string AddPartnerCountsOf = """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
        SELECT {0}."CampaignId", p."OrganisationId", substr({0}."OccurredAt", 1, 7), 1 FROM "InteractionPartners" p WHERE p."InteractionId" = {0}."Id"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month") DO UPDATE SET "Count" = "Count" + 1;
        """;

    private const string SamePairNot = """NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")""";

    public static readonly string[] SqliteTriggers =
    [
        // Each change to a record: take the pair's current stance out of the tally, work out which record is current,
        // put the (possibly new) current stance back.
        $"""
        CREATE TRIGGER "StatedPositions_Current_Insert" AFTER INSERT ON "StatedPositions" BEGIN
        {Pair("NEW", -1, "NEW.\"Id\"")}
        {string.Format(CurrentStanceOf, "NEW")}
        {Pair("NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "StatedPositions_Current_Delete" AFTER DELETE ON "StatedPositions" BEGIN
        {string.Format(UntallyRecord, "OLD")}
        {Pair("OLD", -1)}
        {string.Format(CurrentStanceOf, "OLD")}
        {Pair("OLD", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "StatedPositions_Current_Update" AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance" ON "StatedPositions" BEGIN
        {string.Format(UntallyRecord, "OLD")}
        {Pair("OLD", -1, "NEW.\"Id\"")}
        {Pair("NEW", -1, "NEW.\"Id\"", SamePairNot)}
        {string.Format(CurrentStanceOf, "OLD")}
        {string.Format(CurrentStanceOf, "NEW")}
        {Pair("OLD", 1)}
        {Pair("NEW", 1, when: SamePairNot)}
        END;
        """,
        // A person who changes status, kind or party moves their current stances across tallies; one who is deleted
        // leaves them (BEFORE: their records go by cascade, and then the person is no longer there to join to).
        $"""
        CREATE TRIGGER "Stakeholders_Tally_Update" AFTER UPDATE OF "Status", "Kind", "Party" ON "Stakeholders"
        WHEN OLD."Status" IS NOT NEW."Status" OR OLD."Kind" IS NOT NEW."Kind" OR coalesce(OLD."Party", '') IS NOT coalesce(NEW."Party", '') BEGIN
        {string.Format(TallyPerson, "OLD", -1)}
        {string.Format(TallyPerson, "NEW", 1)}
        END;
        """,
        $"""
        CREATE TRIGGER "Stakeholders_Tally_Delete" BEFORE DELETE ON "Stakeholders" BEGIN
        {string.Format(TallyPerson, "OLD", -1)}
        END;
        """,
        // A new attendance can only move the latest contact later: no need to look at the person's history.
        """
        CREATE TRIGGER "InteractionAttendees_Contact_Insert" AFTER INSERT ON "InteractionAttendees" BEGIN
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
        CREATE TRIGGER "Interactions_Counts_Insert" AFTER INSERT ON "Interactions" BEGIN
        {string.Format(AddMonthCount, "NEW")}
        END;
        """,
        // BEFORE: the partner rows go with the interaction (cascade), and by then it is too late to see them.
        $"""
        CREATE TRIGGER "Interactions_Counts_Delete" BEFORE DELETE ON "Interactions" BEGIN
        {string.Format(RemoveMonthCount, "OLD")}
        {string.Format(RemovePartnerCountsOf, "OLD")}
        END;
        """,
        $"""
        CREATE TRIGGER "Interactions_Counts_Update" AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind" ON "Interactions"
        WHEN OLD."CampaignId" IS NOT NEW."CampaignId" OR substr(OLD."OccurredAt", 1, 7) IS NOT substr(NEW."OccurredAt", 1, 7) OR OLD."Kind" IS NOT NEW."Kind" BEGIN
        {string.Format(RemoveMonthCount, "OLD")}
        {string.Format(AddMonthCount, "NEW")}
        {string.Format(RemovePartnerCountsOf, "OLD")}
        {string.Format(AddPartnerCountsOf, "NEW")}
        END;
        """,
        """
        CREATE TRIGGER "InteractionPartners_Counts_Insert" AFTER INSERT ON "InteractionPartners" BEGIN
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
        SELECT i."CampaignId", NEW."OrganisationId", substr(i."OccurredAt", 1, 7), 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month") DO UPDATE SET "Count" = "Count" + 1;
        END;
        """,
        // Finds nothing when the interaction itself is being deleted: its delete trigger has counted those already.
        """
        CREATE TRIGGER "InteractionPartners_Counts_Delete" AFTER DELETE ON "InteractionPartners" BEGIN
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        FROM (SELECT "CampaignId", substr("OccurredAt", 1, 7) AS "Month" FROM "Interactions" WHERE "Id" = OLD."InteractionId") AS i
        WHERE "PartnerMonthCounts"."CampaignId" = i."CampaignId" AND "PartnerMonthCounts"."Month" = i."Month"
          AND "PartnerMonthCounts"."OrganisationId" = OLD."OrganisationId";
        END;
        """,
    ];

    /// <summary>Fills the derived values from what is already stored (run once, when the triggers are created).</summary>
    public static readonly string[] SqliteBackfill =
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
        RecomputeContacts + ";",
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "Count")
        SELECT "CampaignId", substr("OccurredAt", 1, 7), "Kind", count(*) FROM "Interactions" GROUP BY 1, 2, 3;
        """,
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "Count")
        SELECT i."CampaignId", p."OrganisationId", substr(i."OccurredAt", 1, 7), count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3;
        """,
    ];

    public static readonly string[] SqliteDropTriggers =
    [
        "StatedPositions_Current_Insert", "StatedPositions_Current_Delete", "StatedPositions_Current_Update",
        "Stakeholders_Tally_Update", "Stakeholders_Tally_Delete",
        "InteractionAttendees_Contact_Insert", "InteractionAttendees_Contact_Delete", "Interactions_Contact_Update",
        "Interactions_Counts_Insert", "Interactions_Counts_Delete", "Interactions_Counts_Update",
        "InteractionPartners_Counts_Insert", "InteractionPartners_Counts_Delete",
    ];
}
