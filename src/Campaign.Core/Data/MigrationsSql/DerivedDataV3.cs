// Frozen: the SQL the ShortBulkWrites (SQLite and PostgreSQL) migrations applied, copied from DerivedDataSql's output so that editing the
// live generator never changes what a migration does. Never edit this file; a test holds the generator equal to the newest copy.
namespace Campaign.Data.MigrationsSql;

internal static class DerivedDataV3
{
    public static readonly string[] SqliteTriggers =
    [
        """
        CREATE TRIGGER "StatedPositions_Current_Insert" AFTER INSERT ON "StatedPositions" WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS NOT NEW."Id" AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NEW."Id" AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        UPDATE "StatedPositions" SET
            "IsCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1))
        WHERE "StakeholderId" = NEW."StakeholderId" AND "AskId" = NEW."AskId";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        UPDATE "StatedPositions" SET "IsConfidential" = 1
        WHERE "Id" = NEW."Id" AND NOT "IsConfidential" AND EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId" AND i."IsConfidential");
        END;
        """,
        """
        CREATE TRIGGER "StatedPositions_Current_Delete" AFTER DELETE ON "StatedPositions" BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCoalitionCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        UPDATE "StatedPositions" SET
            "IsCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1))
        WHERE "StakeholderId" = OLD."StakeholderId" AND "AskId" = OLD."AskId";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        END;
        """,
        """
        CREATE TRIGGER "StatedPositions_Current_Update" AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance", "IsConfidential" ON "StatedPositions" BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS NOT NEW."Id" AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS NOT NEW."Id" AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCoalitionCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NEW."Id" AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NEW."Id" AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        UPDATE "StatedPositions" SET
            "IsCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1))
        WHERE "StakeholderId" = OLD."StakeholderId" AND "AskId" = OLD."AskId";
        UPDATE "StatedPositions" SET
            "IsCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1))
        WHERE "StakeholderId" = NEW."StakeholderId" AND "AskId" = NEW."AskId";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS NOT NULL AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NULL AND 1
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS NOT NULL AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        END;
        """,
        """
        CREATE TRIGGER "StatedPositions_Confidential_Link" AFTER UPDATE OF "InteractionId", "IsConfidential" ON "StatedPositions"
        WHEN NEW."InteractionId" IS NOT NULL AND NOT NEW."IsConfidential" BEGIN
        UPDATE "StatedPositions" SET "IsConfidential" = 1
        WHERE "Id" = NEW."Id" AND NOT "IsConfidential" AND EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId" AND i."IsConfidential");
        END;
        """,
        """
        CREATE TRIGGER "Interactions_Confidential_Update" AFTER UPDATE OF "IsConfidential" ON "Interactions"
        WHEN NEW."IsConfidential" AND NOT OLD."IsConfidential" BEGIN
        UPDATE "StatedPositions" SET "IsConfidential" = 1 WHERE "InteractionId" = NEW."Id" AND NOT "IsConfidential";
        END;
        """,
        """
        CREATE TRIGGER "Stakeholders_Tally_Update" AFTER UPDATE OF "Status", "Kind", "Party" ON "Stakeholders"
        WHEN OLD."Status" IS NOT NEW."Status" OR OLD."Kind" IS NOT NEW."Kind" OR coalesce(OLD."Party", '') IS NOT coalesce(NEW."Party", '') BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", NEW."Status", NEW."Kind", coalesce(NEW."Party", ''), p."Stance", 1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = NEW."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", NEW."Status", NEW."Kind", coalesce(NEW."Party", ''), p."Stance", 1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = NEW."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        END;
        """,
        """
        CREATE TRIGGER "Stakeholders_Tally_Delete" BEFORE DELETE ON "Stakeholders" BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "Count" + excluded."Count";
        END;
        """,
        """
        CREATE TRIGGER "InteractionAttendees_Contact_Insert" AFTER INSERT ON "InteractionAttendees" WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
        UPDATE "Stakeholders" SET
            "LatestContactAt" = max(coalesce("LatestContactAt", ''), i."OccurredAt"),
            "LatestOpenContactAt" = CASE WHEN i."IsConfidential" THEN "LatestOpenContactAt" ELSE max(coalesce("LatestOpenContactAt", ''), i."OccurredAt") END
        FROM (SELECT "OccurredAt", "IsConfidential" FROM "Interactions" WHERE "Id" = NEW."InteractionId") AS i
        WHERE "Stakeholders"."Id" = NEW."StakeholderId";
        END;
        """,
        """
        CREATE TRIGGER "InteractionAttendees_Contact_Delete" AFTER DELETE ON "InteractionAttendees" BEGIN
        UPDATE "Stakeholders" SET
            "LatestContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                 WHERE a."StakeholderId" = "Stakeholders"."Id"),
            "LatestOpenContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                     WHERE a."StakeholderId" = "Stakeholders"."Id" AND i."IsConfidential" = 0) WHERE "Id" = OLD."StakeholderId";
        END;
        """,
        """
        CREATE TRIGGER "Interactions_Contact_Update" AFTER UPDATE OF "OccurredAt", "IsConfidential" ON "Interactions"
        WHEN OLD."OccurredAt" IS NOT NEW."OccurredAt" OR OLD."IsConfidential" IS NOT NEW."IsConfidential" BEGIN
        UPDATE "Stakeholders" SET
            "LatestContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                 WHERE a."StakeholderId" = "Stakeholders"."Id"),
            "LatestOpenContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                     WHERE a."StakeholderId" = "Stakeholders"."Id" AND i."IsConfidential" = 0) WHERE "Id" IN (SELECT "StakeholderId" FROM "InteractionAttendees" WHERE "InteractionId" = NEW."Id");
        END;
        """,
        """
        CREATE TRIGGER "Interactions_Counts_Insert" AFTER INSERT ON "Interactions" WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        VALUES (NEW."CampaignId", substr(NEW."OccurredAt", 1, 7), NEW."Kind", NEW."IsConfidential", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = "Count" + 1;
        END;
        """,
        """
        CREATE TRIGGER "Interactions_Counts_Delete" BEFORE DELETE ON "Interactions" BEGIN
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = substr(OLD."OccurredAt", 1, 7) AND "Kind" = OLD."Kind" AND "IsConfidential" = OLD."IsConfidential";
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = substr(OLD."OccurredAt", 1, 7) AND "IsConfidential" = OLD."IsConfidential"
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = OLD."Id");
        END;
        """,
        """
        CREATE TRIGGER "Interactions_Counts_Update" AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind", "IsConfidential" ON "Interactions"
        WHEN OLD."CampaignId" IS NOT NEW."CampaignId" OR substr(OLD."OccurredAt", 1, 7) IS NOT substr(NEW."OccurredAt", 1, 7) OR OLD."Kind" IS NOT NEW."Kind"
          OR OLD."IsConfidential" IS NOT NEW."IsConfidential" BEGIN
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = substr(OLD."OccurredAt", 1, 7) AND "Kind" = OLD."Kind" AND "IsConfidential" = OLD."IsConfidential";
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        VALUES (NEW."CampaignId", substr(NEW."OccurredAt", 1, 7), NEW."Kind", NEW."IsConfidential", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = "Count" + 1;
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = substr(OLD."OccurredAt", 1, 7) AND "IsConfidential" = OLD."IsConfidential"
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = OLD."Id");
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT NEW."CampaignId", p."OrganisationId", substr(NEW."OccurredAt", 1, 7), NEW."IsConfidential", 1 FROM "InteractionPartners" p WHERE p."InteractionId" = NEW."Id"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "Count" + 1;
        END;
        """,
        """
        CREATE TRIGGER "InteractionPartners_Counts_Insert" AFTER INSERT ON "InteractionPartners" WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", NEW."OrganisationId", substr(i."OccurredAt", 1, 7), i."IsConfidential", 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "Count" + 1;
        END;
        """,
        """
        CREATE TRIGGER "InteractionPartners_Counts_Delete" AFTER DELETE ON "InteractionPartners" BEGIN
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        FROM (SELECT "CampaignId", substr("OccurredAt", 1, 7) AS "Month", "IsConfidential" FROM "Interactions" WHERE "Id" = OLD."InteractionId") AS i
        WHERE "PartnerMonthCounts"."CampaignId" = i."CampaignId" AND "PartnerMonthCounts"."Month" = i."Month"
          AND "PartnerMonthCounts"."IsConfidential" = i."IsConfidential" AND "PartnerMonthCounts"."OrganisationId" = OLD."OrganisationId";
        END;
        """,
        """
        CREATE TRIGGER SearchStakeholders_AfterInsert AFTER INSERT ON Stakeholders WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
            INSERT INTO SearchStakeholders(rowid, DisplayName, GivenName, FamilyName, Role, Department, Constituency, Peerage, Party, Email, Notes) VALUES (new.Id, new.DisplayName, new.GivenName, new.FamilyName, new.Role, new.Department, new.Constituency, new.Peerage, new.Party, new.Email, new.Notes);
        END;
        """,
        """
        CREATE TRIGGER SearchOrganisations_AfterInsert AFTER INSERT ON Organisations WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
            INSERT INTO SearchOrganisations(rowid, Name, ShortName, Notes) VALUES (new.Id, new.Name, new.ShortName, new.Notes);
        END;
        """,
        """
        CREATE TRIGGER SearchInteractions_AfterInsert AFTER INSERT ON Interactions WHEN NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
            INSERT INTO SearchInteractions(rowid, Title, Location, Summary, PqUin, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs) VALUES (new.Id, new.Title, new.Location, new.Summary, new.PqUin, new.AsksRaised, new.TheirConcerns, new.CommitmentsByThem, new.CommitmentsByUs);
        END;
        """,
        """
        CREATE TRIGGER SearchInteractionsShared_AfterInsert AFTER INSERT ON Interactions WHEN NOT new.IsConfidential AND NOT EXISTS (SELECT 1 FROM "DeferredDerivedData") BEGIN
            INSERT INTO SearchInteractionsShared(rowid, Title, Location, Summary, PqUin) VALUES (new.Id, new.Title, new.Location, new.Summary, new.PqUin);
        END;
        """,
    ];

    public static readonly string[] SqliteBackfill =
    [
        """
        UPDATE "StatedPositions" SET "IsConfidential" = 1
        WHERE NOT "IsConfidential" AND "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential");
        """,
        """
        UPDATE "StatedPositions" AS r SET
            "IsCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = r."StakeholderId" AND q."AskId" = r."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = ("Id" IS (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = r."StakeholderId" AND q."AskId" = r."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1));
        """,
        """
        DELETE FROM "StanceTallies";
        """,
        """
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."IsCurrent" GROUP BY 2, 3, 4, 5, 6;
        """,
        """
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."IsCoalitionCurrent" GROUP BY 2, 3, 4, 5, 6;
        """,
        """
        UPDATE "Stakeholders" SET
            "LatestContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                 WHERE a."StakeholderId" = "Stakeholders"."Id"),
            "LatestOpenContactAt" = (SELECT max(i."OccurredAt") FROM "InteractionAttendees" a JOIN "Interactions" i ON i."Id" = a."InteractionId"
                                     WHERE a."StakeholderId" = "Stakeholders"."Id" AND i."IsConfidential" = 0);
        """,
        """
        DELETE FROM "InteractionMonthCounts";
        """,
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        SELECT "CampaignId", substr("OccurredAt", 1, 7), "Kind", "IsConfidential", count(*) FROM "Interactions" GROUP BY 1, 2, 3, 4;
        """,
        """
        DELETE FROM "PartnerMonthCounts";
        """,
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", p."OrganisationId", substr(i."OccurredAt", 1, 7), i."IsConfidential", count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3, 4;
        """,
    ];

    public static readonly string[] SqliteDropTriggers =
    [
        """
        StatedPositions_Current_Insert
        """,
        """
        StatedPositions_Current_Delete
        """,
        """
        StatedPositions_Current_Update
        """,
        """
        StatedPositions_Confidential_Link
        """,
        """
        Interactions_Confidential_Update
        """,
        """
        Stakeholders_Tally_Update
        """,
        """
        Stakeholders_Tally_Delete
        """,
        """
        InteractionAttendees_Contact_Insert
        """,
        """
        InteractionAttendees_Contact_Delete
        """,
        """
        Interactions_Contact_Update
        """,
        """
        Interactions_Counts_Insert
        """,
        """
        Interactions_Counts_Delete
        """,
        """
        Interactions_Counts_Update
        """,
        """
        InteractionPartners_Counts_Insert
        """,
        """
        InteractionPartners_Counts_Delete
        """,
        """
        SearchStakeholders_AfterInsert
        """,
        """
        SearchOrganisations_AfterInsert
        """,
        """
        SearchInteractions_AfterInsert
        """,
        """
        SearchInteractionsShared_AfterInsert
        """,
    ];

    public static readonly string[] PostgresTriggers =
    [
        """
        CREATE FUNCTION "StatedPositions_Current_Reset"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        NEW."IsCurrent" := false;
        NEW."IsCoalitionCurrent" := false;
        IF NOT NEW."IsConfidential" AND NEW."InteractionId" IS NOT NULL THEN
            NEW."IsConfidential" := EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId" AND i."IsConfidential");
        END IF;
        RETURN NEW;
        END;
        $body$;
        CREATE TRIGGER "StatedPositions_Current_Reset" BEFORE INSERT ON "StatedPositions" FOR EACH ROW WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "StatedPositions_Current_Reset"();
        """,
        """
        CREATE FUNCTION "StatedPositions_Current_Insert"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        PERFORM 1 FROM "Stakeholders" WHERE "Id" = NEW."StakeholderId" FOR NO KEY UPDATE;
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" IS NOT DISTINCT FROM c."Staff"), "IsCoalitionCurrent" = (q."Id" IS NOT DISTINCT FROM c."Coalition")
        FROM (SELECT (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Staff", (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Coalition") c
        WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
          AND (q."IsCurrent", q."IsCoalitionCurrent") IS DISTINCT FROM (q."Id" IS NOT DISTINCT FROM c."Staff", q."Id" IS NOT DISTINCT FROM c."Coalition");
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "StatedPositions_Current_Insert" AFTER INSERT ON "StatedPositions" FOR EACH ROW WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "StatedPositions_Current_Insert"();
        """,
        """
        CREATE FUNCTION "StatedPositions_Current_Delete"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        PERFORM 1 FROM "Stakeholders" WHERE "Id" = OLD."StakeholderId" FOR NO KEY UPDATE;
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCoalitionCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" IS NOT DISTINCT FROM c."Staff"), "IsCoalitionCurrent" = (q."Id" IS NOT DISTINCT FROM c."Coalition")
        FROM (SELECT (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Staff", (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Coalition") c
        WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
          AND (q."IsCurrent", q."IsCoalitionCurrent") IS DISTINCT FROM (q."Id" IS NOT DISTINCT FROM c."Staff", q."Id" IS NOT DISTINCT FROM c."Coalition");
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "StatedPositions_Current_Delete" AFTER DELETE ON "StatedPositions" FOR EACH ROW EXECUTE FUNCTION "StatedPositions_Current_Delete"();
        """,
        """
        CREATE FUNCTION "StatedPositions_Current_Update"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        PERFORM 1 FROM "Stakeholders" WHERE "Id" IN (OLD."StakeholderId", NEW."StakeholderId") ORDER BY "Id" FOR NO KEY UPDATE;
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NEW."Id" AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NEW."Id" AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', OLD."AskId", s."Status", s."Kind", coalesce(s."Party", ''), OLD."Stance", -1 FROM "Stakeholders" s
        WHERE s."Id" = OLD."StakeholderId" AND OLD."IsCoalitionCurrent"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NEW."Id" AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", -1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NEW."Id" AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" IS NOT DISTINCT FROM c."Staff"), "IsCoalitionCurrent" = (q."Id" IS NOT DISTINCT FROM c."Coalition")
        FROM (SELECT (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Staff", (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Coalition") c
        WHERE q."StakeholderId" = OLD."StakeholderId" AND q."AskId" = OLD."AskId"
          AND (q."IsCurrent", q."IsCoalitionCurrent") IS DISTINCT FROM (q."Id" IS NOT DISTINCT FROM c."Staff", q."Id" IS NOT DISTINCT FROM c."Coalition");
        UPDATE "StatedPositions" q SET "IsCurrent" = (q."Id" IS NOT DISTINCT FROM c."Staff"), "IsCoalitionCurrent" = (q."Id" IS NOT DISTINCT FROM c."Coalition")
        FROM (SELECT (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Staff", (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1) AS "Coalition") c
        WHERE q."StakeholderId" = NEW."StakeholderId" AND q."AskId" = NEW."AskId"
          AND (q."IsCurrent", q."IsCoalitionCurrent") IS DISTINCT FROM (q."Id" IS NOT DISTINCT FROM c."Staff", q."Id" IS NOT DISTINCT FROM c."Coalition");
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCurrent" AND p."Id" IS DISTINCT FROM NULL AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = OLD."StakeholderId" AND p."AskId" = OLD."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND true
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", 1
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId"
        WHERE p."StakeholderId" = NEW."StakeholderId" AND p."AskId" = NEW."AskId" AND p."IsCoalitionCurrent" AND p."Id" IS DISTINCT FROM NULL AND NOT (NEW."StakeholderId" = OLD."StakeholderId" AND NEW."AskId" = OLD."AskId")
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "StatedPositions_Current_Update" AFTER UPDATE OF "StakeholderId", "AskId", "StatedOn", "Stance", "IsConfidential"  ON "StatedPositions" FOR EACH ROW EXECUTE FUNCTION "StatedPositions_Current_Update"();
        """,
        """
        CREATE FUNCTION "StatedPositions_Confidential_Link"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "StatedPositions" SET "IsConfidential" = true WHERE "Id" = NEW."Id" AND NOT "IsConfidential" AND EXISTS (SELECT 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId" AND i."IsConfidential");
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "StatedPositions_Confidential_Link" AFTER UPDATE OF "InteractionId", "IsConfidential"  ON "StatedPositions" FOR EACH ROW WHEN (NEW."InteractionId" IS NOT NULL AND NOT NEW."IsConfidential" ) EXECUTE FUNCTION "StatedPositions_Confidential_Link"();
        """,
        """
        CREATE FUNCTION "Interactions_Confidential_Update"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "StatedPositions" SET "IsConfidential" = true WHERE "InteractionId" = NEW."Id" AND NOT "IsConfidential";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "Interactions_Confidential_Update" AFTER UPDATE OF "IsConfidential"  ON "Interactions" FOR EACH ROW WHEN (NEW."IsConfidential" AND NOT OLD."IsConfidential" ) EXECUTE FUNCTION "Interactions_Confidential_Update"();
        """,
        """
        CREATE FUNCTION "Stakeholders_Tally_Update"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", NEW."Status", NEW."Kind", coalesce(NEW."Party", ''), p."Stance", 1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = NEW."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", NEW."Status", NEW."Kind", coalesce(NEW."Party", ''), p."Stance", 1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = NEW."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "Stakeholders_Tally_Update" AFTER UPDATE OF "Status", "Kind", "Party"  ON "Stakeholders" FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR coalesce(OLD."Party", '') IS DISTINCT FROM coalesce(NEW."Party", '')) EXECUTE FUNCTION "Stakeholders_Tally_Update"();
        """,
        """
        CREATE FUNCTION "Stakeholders_Tally_Delete"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", OLD."Status", OLD."Kind", coalesce(OLD."Party", ''), p."Stance", -1 * count(*)
        FROM "StatedPositions" p WHERE p."StakeholderId" = OLD."Id" AND p."IsCoalitionCurrent" GROUP BY p."AskId", p."Stance"
        ON CONFLICT ("Clearance", "AskId", "Status", "Kind", "Party", "Stance") DO UPDATE SET "Count" = "StanceTallies"."Count" + excluded."Count";
        RETURN OLD;
        END;
        $body$;
        CREATE TRIGGER "Stakeholders_Tally_Delete" BEFORE DELETE ON "Stakeholders" FOR EACH ROW EXECUTE FUNCTION "Stakeholders_Tally_Delete"();
        """,
        """
        CREATE FUNCTION "InteractionAttendees_Contact_Insert"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "Stakeholders" s SET
            "LatestContactAt" = greatest(s."LatestContactAt", i."OccurredAt"),
            "LatestOpenContactAt" = CASE WHEN i."IsConfidential" THEN s."LatestOpenContactAt" ELSE greatest(s."LatestOpenContactAt", i."OccurredAt") END
        FROM "Interactions" i
        WHERE i."Id" = NEW."InteractionId" AND s."Id" = NEW."StakeholderId"
          AND (s."LatestContactAt" IS NULL OR s."LatestContactAt" < i."OccurredAt"
               OR (NOT i."IsConfidential" AND (s."LatestOpenContactAt" IS NULL OR s."LatestOpenContactAt" < i."OccurredAt")));
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "InteractionAttendees_Contact_Insert" AFTER INSERT ON "InteractionAttendees" FOR EACH ROW WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "InteractionAttendees_Contact_Insert"();
        """,
        """
        CREATE FUNCTION "InteractionAttendees_Contact_Delete"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "Stakeholders" s SET "LatestContactAt" = c."Any", "LatestOpenContactAt" = c."Open"
        FROM (SELECT p."Id", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM "Stakeholders" p LEFT JOIN "InteractionAttendees" a ON a."StakeholderId" = p."Id" LEFT JOIN "Interactions" i ON i."Id" = a."InteractionId"
              WHERE p."Id" = OLD."StakeholderId" GROUP BY p."Id") c
        WHERE s."Id" = c."Id" AND (s."LatestContactAt", s."LatestOpenContactAt") IS DISTINCT FROM (c."Any", c."Open");
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "InteractionAttendees_Contact_Delete" AFTER DELETE ON "InteractionAttendees" FOR EACH ROW EXECUTE FUNCTION "InteractionAttendees_Contact_Delete"();
        """,
        """
        CREATE FUNCTION "Interactions_Contact_Update"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "Stakeholders" s SET "LatestContactAt" = c."Any", "LatestOpenContactAt" = c."Open"
        FROM (SELECT p."Id", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM "Stakeholders" p LEFT JOIN "InteractionAttendees" a ON a."StakeholderId" = p."Id" LEFT JOIN "Interactions" i ON i."Id" = a."InteractionId"
              WHERE p."Id" IN (SELECT "StakeholderId" FROM "InteractionAttendees" WHERE "InteractionId" = NEW."Id") GROUP BY p."Id") c
        WHERE s."Id" = c."Id" AND (s."LatestContactAt", s."LatestOpenContactAt") IS DISTINCT FROM (c."Any", c."Open");
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "Interactions_Contact_Update" AFTER UPDATE OF "OccurredAt", "IsConfidential"  ON "Interactions" FOR EACH ROW WHEN (OLD."OccurredAt" IS DISTINCT FROM NEW."OccurredAt" OR OLD."IsConfidential" IS DISTINCT FROM NEW."IsConfidential" ) EXECUTE FUNCTION "Interactions_Contact_Update"();
        """,
        """
        CREATE FUNCTION "Interactions_Counts_Insert"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        VALUES (NEW."CampaignId", to_char(NEW."OccurredAt", 'YYYY-MM'), NEW."Kind", NEW."IsConfidential", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = "InteractionMonthCounts"."Count" + 1;
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "Interactions_Counts_Insert" AFTER INSERT ON "Interactions" FOR EACH ROW WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "Interactions_Counts_Insert"();
        """,
        """
        CREATE FUNCTION "Interactions_Counts_Delete"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = to_char(OLD."OccurredAt", 'YYYY-MM') AND "Kind" = OLD."Kind" AND "IsConfidential" = OLD."IsConfidential";
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = to_char(OLD."OccurredAt", 'YYYY-MM') AND "IsConfidential" = OLD."IsConfidential"
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = OLD."Id");
        RETURN OLD;
        END;
        $body$;
        CREATE TRIGGER "Interactions_Counts_Delete" BEFORE DELETE ON "Interactions" FOR EACH ROW EXECUTE FUNCTION "Interactions_Counts_Delete"();
        """,
        """
        CREATE FUNCTION "Interactions_Counts_Update"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "InteractionMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = to_char(OLD."OccurredAt", 'YYYY-MM') AND "Kind" = OLD."Kind" AND "IsConfidential" = OLD."IsConfidential";
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        VALUES (NEW."CampaignId", to_char(NEW."OccurredAt", 'YYYY-MM'), NEW."Kind", NEW."IsConfidential", 1)
        ON CONFLICT ("CampaignId", "Month", "Kind", "IsConfidential") DO UPDATE SET "Count" = "InteractionMonthCounts"."Count" + 1;
        UPDATE "PartnerMonthCounts" SET "Count" = "Count" - 1
        WHERE "CampaignId" = OLD."CampaignId" AND "Month" = to_char(OLD."OccurredAt", 'YYYY-MM') AND "IsConfidential" = OLD."IsConfidential"
          AND "OrganisationId" IN (SELECT "OrganisationId" FROM "InteractionPartners" WHERE "InteractionId" = OLD."Id");
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT NEW."CampaignId", p."OrganisationId", to_char(NEW."OccurredAt", 'YYYY-MM'), NEW."IsConfidential", 1 FROM "InteractionPartners" p WHERE p."InteractionId" = NEW."Id"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "PartnerMonthCounts"."Count" + 1;
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "Interactions_Counts_Update" AFTER UPDATE OF "CampaignId", "OccurredAt", "Kind", "IsConfidential"  ON "Interactions" FOR EACH ROW WHEN (OLD."CampaignId" IS DISTINCT FROM NEW."CampaignId" OR to_char(OLD."OccurredAt", 'YYYY-MM') IS DISTINCT FROM to_char(NEW."OccurredAt", 'YYYY-MM') OR OLD."Kind" IS DISTINCT FROM NEW."Kind" OR OLD."IsConfidential" IS DISTINCT FROM NEW."IsConfidential" ) EXECUTE FUNCTION "Interactions_Counts_Update"();
        """,
        """
        CREATE FUNCTION "InteractionPartners_Counts_Insert"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", NEW."OrganisationId", to_char(i."OccurredAt", 'YYYY-MM'), i."IsConfidential", 1 FROM "Interactions" i WHERE i."Id" = NEW."InteractionId"
        ON CONFLICT ("CampaignId", "OrganisationId", "Month", "IsConfidential") DO UPDATE SET "Count" = "PartnerMonthCounts"."Count" + 1;
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "InteractionPartners_Counts_Insert" AFTER INSERT ON "InteractionPartners" FOR EACH ROW WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION "InteractionPartners_Counts_Insert"();
        """,
        """
        CREATE FUNCTION "InteractionPartners_Counts_Delete"() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
        UPDATE "PartnerMonthCounts" c SET "Count" = c."Count" - 1
        FROM "Interactions" i
        WHERE i."Id" = OLD."InteractionId" AND c."CampaignId" = i."CampaignId" AND c."Month" = to_char(i."OccurredAt", 'YYYY-MM')
          AND c."IsConfidential" = i."IsConfidential" AND c."OrganisationId" = OLD."OrganisationId";
        RETURN NULL;
        END;
        $body$;
        CREATE TRIGGER "InteractionPartners_Counts_Delete" AFTER DELETE ON "InteractionPartners" FOR EACH ROW EXECUTE FUNCTION "InteractionPartners_Counts_Delete"();
        """,
    ];

    public static readonly string[] PostgresBackfill =
    [
        """
        UPDATE "StatedPositions" SET "IsConfidential" = true
        WHERE NOT "IsConfidential" AND "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential");
        """,
        """
        UPDATE "StatedPositions" AS r SET
            "IsCurrent" = (r."Id" IS NOT DISTINCT FROM (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = r."StakeholderId" AND q."AskId" = r."AskId"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1)),
            "IsCoalitionCurrent" = (r."Id" IS NOT DISTINCT FROM (SELECT q."Id" FROM "StatedPositions" q WHERE q."StakeholderId" = r."StakeholderId" AND q."AskId" = r."AskId" AND NOT q."IsConfidential"
                ORDER BY q."StatedOn" DESC, q."Id" DESC LIMIT 1));
        """,
        """
        DELETE FROM "StanceTallies";
        """,
        """
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Staff', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."IsCurrent" GROUP BY 2, 3, 4, 5, 6;
        """,
        """
        INSERT INTO "StanceTallies" ("Clearance", "AskId", "Status", "Kind", "Party", "Stance", "Count")
        SELECT 'Coalition', p."AskId", s."Status", s."Kind", coalesce(s."Party", ''), p."Stance", count(*)
        FROM "StatedPositions" p JOIN "Stakeholders" s ON s."Id" = p."StakeholderId" WHERE p."IsCoalitionCurrent" GROUP BY 2, 3, 4, 5, 6;
        """,
        """
        UPDATE "Stakeholders" s SET "LatestContactAt" = c."Any", "LatestOpenContactAt" = c."Open"
        FROM (SELECT p."Id", max(i."OccurredAt") AS "Any", max(i."OccurredAt") FILTER (WHERE NOT i."IsConfidential") AS "Open"
              FROM "Stakeholders" p LEFT JOIN "InteractionAttendees" a ON a."StakeholderId" = p."Id" LEFT JOIN "Interactions" i ON i."Id" = a."InteractionId"
              WHERE true GROUP BY p."Id") c
        WHERE s."Id" = c."Id" AND (s."LatestContactAt", s."LatestOpenContactAt") IS DISTINCT FROM (c."Any", c."Open");
        """,
        """
        DELETE FROM "InteractionMonthCounts";
        """,
        """
        INSERT INTO "InteractionMonthCounts" ("CampaignId", "Month", "Kind", "IsConfidential", "Count")
        SELECT "CampaignId", to_char("OccurredAt", 'YYYY-MM'), "Kind", "IsConfidential", count(*) FROM "Interactions" GROUP BY 1, 2, 3, 4;
        """,
        """
        DELETE FROM "PartnerMonthCounts";
        """,
        """
        INSERT INTO "PartnerMonthCounts" ("CampaignId", "OrganisationId", "Month", "IsConfidential", "Count")
        SELECT i."CampaignId", p."OrganisationId", to_char(i."OccurredAt", 'YYYY-MM'), i."IsConfidential", count(*)
        FROM "InteractionPartners" p JOIN "Interactions" i ON i."Id" = p."InteractionId" GROUP BY 1, 2, 3, 4;
        """,
    ];

    public static readonly string[] PostgresDropTriggers =
    [
        """
        DROP FUNCTION IF EXISTS "StatedPositions_Current_Reset"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "StatedPositions_Current_Insert"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "StatedPositions_Current_Delete"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "StatedPositions_Current_Update"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "StatedPositions_Confidential_Link"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Interactions_Confidential_Update"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Stakeholders_Tally_Update"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Stakeholders_Tally_Delete"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "InteractionAttendees_Contact_Insert"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "InteractionAttendees_Contact_Delete"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Interactions_Contact_Update"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Interactions_Counts_Insert"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Interactions_Counts_Delete"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "Interactions_Counts_Update"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "InteractionPartners_Counts_Insert"() CASCADE;
        """,
        """
        DROP FUNCTION IF EXISTS "InteractionPartners_Counts_Delete"() CASCADE;
        """,
    ];
}
