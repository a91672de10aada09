namespace Campaign.Data;

/// <summary>
/// The same derived values on PostgreSQL: one PL/pgSQL function per trigger, with the SQLite triggers' statements.
/// Flags and latest contacts are written only when they change, since every UPDATE moves a row's xmin (its version).
/// </summary>
public static partial class DerivedDataSql
{
    private static string PgCurrentStanceOf(string row) => $"""
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" IS NOT DISTINCT FROM c."Staff"), "IsCoalitionCurrent" = (q."Id" IS NOT DISTINCT FROM c."Coalition")
        FROM (SELECT ({LatestOf(row, Views[0])}) AS "Staff", ({LatestOf(row, Views[1])}) AS "Coalition") c
        WHERE q."StakeholderId" = {row}."StakeholderId" AND q."AskId" = {row}."AskId"
          AND (q."IsCurrent", q."IsCoalitionCurrent") IS DISTINCT FROM (q."Id" IS NOT DISTINCT FROM c."Staff", q."Id" IS NOT DISTINCT FROM c."Coalition");
        """;

    private static string PgTallyUpsert => TallyUpsert("\"StanceTallies\".\"Count\"");

    private static string PgPair(string row, View view, int delta, string excluding = "NULL", string when = "true") =>
        TallyPairInsert(row, view, delta, excluding, when, "IS DISTINCT FROM") + "\n" + PgTallyUpsert;

    private static string PgTallyPerson(string row, int sign) => EachView(v => TallyPersonInsert(row, v, sign) + "\n" + PgTallyUpsert);

    /// <summary>Works out the latest contacts again for the people matching <paramref name="people"/> (a condition on <c>p</c>).</summary>
    private static string PgRecomputeContacts(string people) => $"""
        UPDATE "Stakeholders" s SET "LatestContactAt" = c."Any", "LatestOpenContactAt" = c."Open"
        FROM (SELECT p."Id", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM "Stakeholders" p LEFT JOIN "InteractionAttendees" a ON a."StakeholderId" = p."Id" LEFT JOIN "Interactions" i ON i."Id" = a."InteractionId"
              WHERE {people} GROUP BY p."Id") c
        WHERE s."Id" = c."Id" AND (s."LatestContactAt", s."LatestOpenContactAt") IS DISTINCT FROM (c."Any", c."Open");
        """;

    private static string PgMonth(string row) => $"""to_char({row}."OccurredAt", 'YYYY-MM')""";

    /// <summary>PostgreSQL: while on in the writing transaction (<c>SET LOCAL</c>), the insert triggers leave their work to the bulk writer.</summary>
    public const string PostgresDeferralSetting = "campaign.defer_derived";

    private const string PgNotDeferred = $"current_setting('{PostgresDeferralSetting}', true) IS DISTINCT FROM 'on'";

    /// <summary>
    /// Waits for other transactions writing these people's records: without it two writers of one (person, ask) both flagged
    /// theirs current. In id order, and NO KEY UPDATE skips the foreign-key checks' KEY SHARE locks, so inserts cannot deadlock.
    /// </summary>
    private static string PgLockPeople(params string[] rows) => rows.Length == 1
        ? $"""PERFORM 1 FROM "Stakeholders" WHERE "Id" = {rows[0]}."StakeholderId" FOR NO KEY UPDATE;"""
        : $"""PERFORM 1 FROM "Stakeholders" WHERE "Id" IN ({string.Join(", ", rows.Select(r => $"{r}.\"StakeholderId\""))}) ORDER BY "Id" FOR NO KEY UPDATE;""";

    private const string PgConfidentialInteraction = """EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId" AND i."IsConfidential")""";

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

    public static readonly string[] PostgresTriggers =
    [
        // Row triggers fire when their statement ends, so a new record starts current in neither view: the insert trigger
        // can then untally the pair's flagged records without knowing whether another row of the statement flagged them.
        PgTrigger("StatedPositions_Current_Reset", "BEFORE INSERT", "StatedPositions", $"""
            NEW."IsCurrent" := false;
            NEW."IsCoalitionCurrent" := false;
            IF NOT NEW."IsConfidential" AND NEW."InteractionId" IS NOT NULL THEN
                NEW."IsConfidential" := {PgConfidentialInteraction};
            END IF;
            """,
            when: PgNotDeferred),
        PgTrigger("StatedPositions_Current_Insert", "AFTER INSERT", "StatedPositions", $"""
            {PgLockPeople("NEW")}
            {EachView(v => PgPair("NEW", v, -1))}
            {PgCurrentStanceOf("NEW")}
            {EachView(v => PgPair("NEW", v, 1))}
            """,
            when: PgNotDeferred),
        PgTrigger("StatedPositions_Current_Delete", "AFTER DELETE", "StatedPositions", $"""
            {PgLockPeople("OLD")}
            {EachView(v => UntallyRecordInsert("OLD", v) + "\n" + PgTallyUpsert + "\n" + PgPair("OLD", v, -1))}
            {PgCurrentStanceOf("OLD")}
            {EachView(v => PgPair("OLD", v, 1))}
            """),
        PgTrigger("StatedPositions_Current_Update", """AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance", "IsConfidential" """, "StatedPositions", $"""
            {PgLockPeople("OLD", "NEW")}
            {EachView(v => UntallyRecordInsert("OLD", v) + "\n" + PgTallyUpsert + "\n"
                + PgPair("OLD", v, -1, "NEW.\"Id\"") + "\n" + PgPair("NEW", v, -1, "NEW.\"Id\"", SamePairNot))}
            {PgCurrentStanceOf("OLD")}
            {PgCurrentStanceOf("NEW")}
            {EachView(v => PgPair("OLD", v, 1) + "\n" + PgPair("NEW", v, 1, when: SamePairNot))}
            """),
        // An UPDATE, not an assignment to NEW: only a column the statement sets fires the update trigger above.
        PgTrigger("StatedPositions_Confidential_Link", """AFTER UPDATE OF "InteractionId", "IsConfidential" """, "StatedPositions", $"""
            UPDATE "StatedPositions" SET "IsConfidential" = true WHERE "Id" = NEW."Id" AND NOT "IsConfidential" AND {PgConfidentialInteraction};
            """,
            when: """NEW."InteractionId" IS NOT NULL AND NOT NEW."IsConfidential" """),
        PgTrigger("Interactions_Confidential_Update", """AFTER UPDATE OF "IsConfidential" """, "Interactions", """
            UPDATE "StatedPositions" SET "IsConfidential" = true WHERE "InteractionId" = NEW."Id" AND NOT "IsConfidential";
            """,
            when: """NEW."IsConfidential" AND NOT OLD."IsConfidential" """),
        PgTrigger("Stakeholders_Tally_Update", """AFTER UPDATE OF "Status", "Kind", "Party" """, "Stakeholders", $"""
            {PgTallyPerson("OLD", -1)}
            {PgTallyPerson("NEW", 1)}
            """,
            when: """OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR coalesce(OLD."Party", '') IS DISTINCT FROM coalesce(NEW."Party", '')"""),
        // BEFORE, as on SQLite: the person's records go by cascade, after which there is no person to join to.
        PgTrigger("Stakeholders_Tally_Delete", "BEFORE DELETE", "Stakeholders", PgTallyPerson("OLD", -1)),
        PgTrigger("InteractionAttendees_Contact_Insert", "AFTER INSERT", "InteractionAttendees", """
            UPDATE "Stakeholders" s SET
                "LatestContactAt" = greatest(s."LatestContactAt", i."OccurredAt"),
                "LatestOpenContactAt" = CASE WHEN i."IsConfidential" THEN s."LatestOpenContactAt" ELSE greatest(s."LatestOpenContactAt", i."OccurredAt") END
            FROM "Interactions" i
            WHERE i."Id" = NEW."InteractionId" AND s."Id" = NEW."StakeholderId"
              AND (s."LatestContactAt" IS NULL OR s."LatestContactAt" < i."OccurredAt"
                   OR (NOT i."IsConfidential" AND (s."LatestOpenContactAt" IS NULL OR s."LatestOpenContactAt" < i."OccurredAt")));
            """,
            when: PgNotDeferred),
        PgTrigger("InteractionAttendees_Contact_Delete", "AFTER DELETE", "InteractionAttendees",
            PgRecomputeContacts("p.\"Id\" = OLD.\"StakeholderId\"")),
        PgTrigger("Interactions_Contact_Update", """AFTER UPDATE OF "OccurredAt", "IsConfidential" """, "Interactions",
            PgRecomputeContacts("p.\"Id\" IN (SELECT \"StakeholderId\" FROM \"InteractionAttendees\" WHERE \"InteractionId\" = NEW.\"Id\")"),
            when: """OLD."OccurredAt" IS DISTINCT FROM NEW."OccurredAt" OR OLD."IsConfidential" IS DISTINCT FROM NEW."IsConfidential" """),
        PgTrigger("Interactions_Counts_Insert", "AFTER INSERT", "Interactions", AddMonthCount(true, "NEW"), when: PgNotDeferred),
        // BEFORE: the partner rows go with the interaction (cascade), and by then it is too late to see them.
        PgTrigger("Interactions_Counts_Delete", "BEFORE DELETE", "Interactions", $"""
            {RemoveMonthCount(true, "OLD")}
            {RemovePartnerCountsOf(true, "OLD")}
            """),
        PgTrigger("Interactions_Counts_Update", """AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind", "IsConfidential" """, "Interactions", $"""
            {RemoveMonthCount(true, "OLD")}
            {AddMonthCount(true, "NEW")}
            {RemovePartnerCountsOf(true, "OLD")}
            {AddPartnerCountsOf(true, "NEW")}
            """,
            when: $"""OLD."CampaignId" IS DISTINCT FROM NEW."CampaignId" OR {PgMonth("OLD")} IS DISTINCT FROM {PgMonth("NEW")} OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR OLD."IsConfidential" IS DISTINCT FROM NEW."IsConfidential" """),
        PgTrigger("InteractionPartners_Counts_Insert", "AFTER INSERT", "InteractionPartners", $"""
            INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
            SELECT i."CampaignId", NEW."OrganisationId", {PgMonth("i")}, i."IsConfidential", 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
            ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "PartnerMonthCounts"."Count" + 1;
            """,
            when: PgNotDeferred),
        // Finds nothing when the interaction itself is being deleted: its delete trigger has counted those already.
        PgTrigger("InteractionPartners_Counts_Delete", "AFTER DELETE", "InteractionPartners", $"""
            UPDATE "PartnerMonthCounts" c SET "Count" = c."Count" - 1
            FROM "Interactions" i
            WHERE i."Id" = OLD."InteractionId" AND c."CampaignId" = i."CampaignId" AND c."Month" = {PgMonth("i")}
              AND c."IsConfidential" = i."IsConfidential" AND c."OrganisationId" = OLD."OrganisationId";
            """),
    ];

    /// <summary>Fills the derived values from what is already stored (run once, when the triggers are created).</summary>
    public static readonly string[] PostgresBackfill =
    [
        """
        UPDATE "StatedPositions" SET "IsConfidential" = true
        WHERE NOT "IsConfidential" AND "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential");
        """,
        $"""
        UPDATE "StatedPositions" AS r SET
            "IsCurrent" = (r."Id" IS NOT DISTINCT FROM ({LatestOf("r", Views[0])})),
            "IsCoalitionCurrent" = (r."Id" IS NOT DISTINCT FROM ({LatestOf("r", Views[1])}));
        """,
        """DELETE FROM "StanceTallies";""",
        .. Views.Select(v => $"""
            INSERT INTO "StanceTallies" {TallyColumns}
            SELECT '{v.Clearance}', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
            FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."{v.Flag}" GROUP BY 2, 3, 4, 5, 6;
            """),
        PgRecomputeContacts("true"),
        """DELETE FROM "InteractionMonthCounts";""",
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        SELECT "CampaignId", to_char("OccurredAt", 'YYYY-MM'), "Kind", "IsConfidential", count(*) FROM "Interactions" GROUP BY 1, 2, 3, 4;
        """,
        """DELETE FROM "PartnerMonthCounts";""",
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", p."OrganisationId", to_char(i."OccurredAt", 'YYYY-MM'), i."IsConfidential", count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3, 4;
        """,
    ];

    /// <summary>Drops every trigger with its function (each pair shares the name).</summary>
    public static readonly string[] PostgresDropTriggers =
    [
        .. new[] { "StatedPositions_Current_Reset" }.Concat(TriggerNames()).Select(name => $"DROP FUNCTION IF EXISTS \"{name}\"() CASCADE;"),
    ];
}
