using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// A counter that any write to people, contacts, attendees or follow-ups raises, so the dashboard can keep what it counts
    /// across all the people until it moves (Dashboard.DashboardMemo). Raised once a transaction, as it commits (deferred
    /// constraint triggers): the counter's row is locked only for the moment of the commit, so writers that lock people in
    /// different orders cannot deadlock on it. A bulk insert, which defers the insert triggers, raises it itself
    /// (DerivedDataSql.ForBulkInsert).
    /// </summary>
    public partial class PeopleChangeCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "ChangeCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "people", 0L });

            migrationBuilder.Sql("""
                CREATE FUNCTION "ChangeCounters_People"() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF current_setting('campaign.people_counted', true) IS DISTINCT FROM 'on' THEN
                        PERFORM set_config('campaign.people_counted', 'on', true);
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'people';
                    END IF;
                    RETURN NULL;
                END $body$;
                """);
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER "{table}_PeopleCounter_Insert" AFTER INSERT ON "{table}"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                    WHEN (current_setting('campaign.defer_derived', true) IS DISTINCT FROM 'on')
                    EXECUTE FUNCTION "ChangeCounters_People"();
                    """);
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER "{table}_PeopleCounter_Change" AFTER UPDATE OR DELETE ON "{table}"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ChangeCounters_People"();
                    """);
            }
        }

        private static readonly string[] Tables = ["Stakeholders", "Interactions", "InteractionAttendees", "FollowUps"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_PeopleCounter_Insert" ON "{table}";""");
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_PeopleCounter_Change" ON "{table}";""");
            }
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "ChangeCounters_People"();""");
            migrationBuilder.DeleteData(
                table: "ChangeCounters",
                keyColumn: "Name",
                keyValue: "people");
        }
    }
}
