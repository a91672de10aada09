using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// A counter that any write to positions, or a person's status or kind changing, raises, so the dashboard can keep its
    /// stance movement until it moves (Dashboard.MovementMemo). Statement triggers: one raise per statement, not per row.
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
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeCounters", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "ChangeCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "positions", 0L });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Stakeholders_ChangeCounter" ON "Stakeholders";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "StatedPositions_ChangeCounter" ON "StatedPositions";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "ChangeCounters_Positions"();""");
            migrationBuilder.DropTable(
                name: "ChangeCounters");
        }
    }
}
