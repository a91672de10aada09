using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// A counter that any write to positions, or a person's status or kind changing, raises, so the dashboard can keep its
    /// stance movement until it moves (Dashboard.MovementMemo). SQLite's triggers are per row: a raise costs one small update.
    /// </summary>
    public partial class PositionsChangeCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeCounters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeCounters", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "ChangeCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "positions", 0L });

            foreach (var (name, when) in Triggers)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when} BEGIN
                        UPDATE "ChangeCounters" SET "Value" = "Value" + 1 WHERE "Name" = 'positions';
                    END;
                    """);
            }
        }

        private static readonly (string Name, string When)[] Triggers =
        [
            ("StatedPositions_ChangeCounter_Insert", "AFTER INSERT ON \"StatedPositions\""),
            ("StatedPositions_ChangeCounter_Update", "AFTER UPDATE ON \"StatedPositions\""),
            ("StatedPositions_ChangeCounter_Delete", "AFTER DELETE ON \"StatedPositions\""),
            ("Stakeholders_ChangeCounter_Update", "AFTER UPDATE OF \"Status\", \"Kind\" ON \"Stakeholders\""),
            ("Stakeholders_ChangeCounter_Delete", "AFTER DELETE ON \"Stakeholders\""),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, _) in Triggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.DropTable(
                name: "ChangeCounters");
        }
    }
}
