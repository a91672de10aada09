using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// A counter that any write to people, contacts, attendees or follow-ups raises, so the dashboard can keep what it counts
    /// across all the people until it moves (Dashboard.DashboardMemo). A bulk insert, which defers the insert triggers,
    /// raises it once for all its rows (DerivedDataSql.ForBulkInsert).
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

            foreach (var (name, when) in Triggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when} BEGIN
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'people';
                    END;
                    """);
            }
        }

        private const string NotDeferred = "WHEN NOT EXISTS (SELECT 1 FROM \"DeferredDerivedData\")";

        private static readonly (string Name, string When)[] Triggers =
        [
            .. new[] { "Stakeholders", "Interactions", "InteractionAttendees", "FollowUps" }.SelectMany(table => new[]
            {
                ($"{table}_PeopleCounter_Insert", $"AFTER INSERT ON \"{table}\" {NotDeferred}"),
                ($"{table}_PeopleCounter_Update", $"AFTER UPDATE ON \"{table}\""),
                ($"{table}_PeopleCounter_Delete", $"AFTER DELETE ON \"{table}\""),
            }),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in Triggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.DeleteData(
                table: "ChangeCounters",
                keyColumn: "Name",
                keyValue: "people");
        }
    }
}
