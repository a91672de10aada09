using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// The log of people whose counted details or positions changed (Dashboard.PersonChange), written as the transaction
    /// commits (deferred constraint triggers, like the people counter's) and stamped with the people counter, raised once
    /// a transaction: the counter's row lock orders the stamps as the commits, so a reader that has seen a value has seen
    /// every row stamped up to it. They replace the people counter's own triggers on people and the positions counter,
    /// which goes. A bulk insert of people or positions, which defers the insert triggers, logs everyone
    /// (DerivedDataSql.ForBulkInsert).
    /// </summary>
    public partial class PersonChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Stakeholders_ChangeCounter" ON "Stakeholders";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "StatedPositions_ChangeCounter" ON "StatedPositions";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "ChangeCounters_Positions"();""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Stakeholders_PeopleCounter_Insert" ON "Stakeholders";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Stakeholders_PeopleCounter_Change" ON "Stakeholders";""");
            migrationBuilder.DeleteData(
                table: "ChangeCounters",
                keyColumn: "Name",
                keyValue: "positions");

            migrationBuilder.CreateTable(
                name: "PersonChanges",
                columns: table => new
                {
                    Stamp = table.Column<long>(type: "bigint", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonChanges", x => new { x.Stamp, x.StakeholderId });
                });

            // The person's column is the trigger's argument: "Id" on people, "StakeholderId" on positions. Both the old and
            // the new row are logged, so a position moved to another person (a merge) changes both.
            migrationBuilder.Sql("""
                CREATE FUNCTION "PersonChanges_Log"() RETURNS trigger LANGUAGE plpgsql AS $body$
                DECLARE new_stamp bigint;
                BEGIN
                    IF current_setting('campaign.people_counted', true) IS DISTINCT FROM 'on' THEN
                        PERFORM set_config('campaign.people_counted', 'on', true);
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'people' RETURNING "Value" INTO new_stamp;
                        DELETE FROM "PersonChanges" WHERE "Stamp" <= new_stamp - 100000;
                    ELSE
                        SELECT "Value" INTO new_stamp FROM "ChangeCounters" WHERE "Name" = 'people';
                    END IF;
                    INSERT INTO "PersonChanges" ("Stamp", "StakeholderId")
                    SELECT new_stamp, person FROM (VALUES ((to_jsonb(OLD) ->> TG_ARGV[0])::int), ((to_jsonb(NEW) ->> TG_ARGV[0])::int)) AS changed (person)
                    WHERE person IS NOT NULL
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $body$;
                """);
            foreach (var (name, when, column) in Triggers)
                migrationBuilder.Sql($"""CREATE CONSTRAINT TRIGGER "{name}" {when} EXECUTE FUNCTION "PersonChanges_Log"('{column}');""");
        }

        private const string Deferred = "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW";
        private const string NotDeferred = "WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on')";

        /// <summary>What the dashboard counts people by (Dashboard.CountedPerson): other edits to people are not logged.</summary>
        private static readonly string[] Counted =
            ["Status", "Kind", "Party", "Influence", "Interest", "Priority", "LatestContactAt", "LatestOpenContactAt"];

        private static readonly (string Name, string When, string Column)[] Triggers =
        [
            ("Stakeholders_PersonChanges_Insert", $"AFTER INSERT ON \"Stakeholders\" {Deferred} {NotDeferred}", "Id"),
            ("Stakeholders_PersonChanges_Update",
                $"AFTER UPDATE ON \"Stakeholders\" {Deferred} WHEN ({string.Join(" OR ", Counted.Select(c => $"OLD.\"{c}\" IS DISTINCT FROM NEW.\"{c}\""))})", "Id"),
            ("Stakeholders_PersonChanges_Delete", $"AFTER DELETE ON \"Stakeholders\" {Deferred}", "Id"),
            ("StatedPositions_PersonChanges_Insert", $"AFTER INSERT ON \"StatedPositions\" {Deferred} {NotDeferred}", "StakeholderId"),
            ("StatedPositions_PersonChanges_Change", $"AFTER UPDATE OR DELETE ON \"StatedPositions\" {Deferred}", "StakeholderId"),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, when, _) in Triggers)
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{name}" ON "{(when.Contains("\"Stakeholders\"") ? "Stakeholders" : "StatedPositions")}";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "PersonChanges_Log"();""");
            migrationBuilder.DropTable(
                name: "PersonChanges");

            migrationBuilder.InsertData(
                table: "ChangeCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "positions", 0L });

            migrationBuilder.Sql("""
                CREATE CONSTRAINT TRIGGER "Stakeholders_PeopleCounter_Insert" AFTER INSERT ON "Stakeholders"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on')
                EXECUTE FUNCTION "ChangeCounters_People"();
                """);
            migrationBuilder.Sql("""
                CREATE CONSTRAINT TRIGGER "Stakeholders_PeopleCounter_Change" AFTER UPDATE OR DELETE ON "Stakeholders"
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ChangeCounters_People"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "ChangeCounters_Positions"() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'positions';
                    RETURN NULL;
                END $body$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "StatedPositions_ChangeCounter" AFTER INSERT OR UPDATE OR DELETE ON "StatedPositions"
                FOR EACH STATEMENT EXECUTE FUNCTION "ChangeCounters_Positions"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Stakeholders_ChangeCounter" AFTER UPDATE OF "Status", "Kind" OR DELETE ON "Stakeholders"
                FOR EACH STATEMENT EXECUTE FUNCTION "ChangeCounters_Positions"();
                """);
        }
    }
}
