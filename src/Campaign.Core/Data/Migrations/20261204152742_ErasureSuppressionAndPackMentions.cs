using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <inheritdoc />
    public partial class ErasureSuppressionAndPackMentions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefingPackMentions",
                columns: table => new
                {
                    BriefingPackId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingPackMentions", x => new { x.BriefingPackId, x.StakeholderId });
                    table.ForeignKey(
                        name: "FK_BriefingPackMentions_BriefingPacks_BriefingPackId",
                        column: x => x.BriefingPackId,
                        principalTable: "BriefingPacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefingPackMentions_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ErasureSuppressions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasureSuppressions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivacyKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingPackMentions_StakeholderId",
                table: "BriefingPackMentions",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasureSuppressions_Kind_Hash",
                table: "ErasureSuppressions",
                columns: new[] { "Kind", "Hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyKeys_Purpose",
                table: "PrivacyKeys",
                column: "Purpose",
                unique: true);

            // Existing packs: their subject, a meeting's attendees (as they are now) and the people those relationships name.
            // Bulk zips are read once, the first time erasure or subject access needs them (the names of their entries
            // end in the person's id), because SQL cannot look inside the zip.
            migrationBuilder.Sql("""
                WITH subjects AS (
                    SELECT "Id" AS pack, "StakeholderId" AS person FROM "BriefingPacks" WHERE "StakeholderId" IS NOT NULL
                    UNION
                    SELECT p."Id", a."StakeholderId" FROM "BriefingPacks" p JOIN "InteractionAttendees" a ON a."InteractionId" = p."InteractionId"
                )
                INSERT INTO "BriefingPackMentions" ("BriefingPackId", "StakeholderId")
                SELECT pack, person FROM subjects
                UNION
                SELECT s.pack, r."ToStakeholderId" FROM subjects s JOIN "Relationships" r ON r."FromStakeholderId" = s.person WHERE r."ToStakeholderId" IS NOT NULL
                UNION
                SELECT s.pack, r."FromStakeholderId" FROM subjects s JOIN "Relationships" r ON r."ToStakeholderId" = s.person;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefingPackMentions");

            migrationBuilder.DropTable(
                name: "ErasureSuppressions");

            migrationBuilder.DropTable(
                name: "PrivacyKeys");
        }
    }
}
