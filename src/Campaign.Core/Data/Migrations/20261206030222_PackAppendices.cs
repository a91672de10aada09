using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <inheritdoc />
    public partial class PackAppendices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefingPackAppendices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BriefingPackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LibraryVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionLabel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StartPage = table.Column<int>(type: "INTEGER", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingPackAppendices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefingPackAppendices_BriefingPacks_BriefingPackId",
                        column: x => x.BriefingPackId,
                        principalTable: "BriefingPacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefingPackAppendices_LibraryDocumentVersions_LibraryVersionId",
                        column: x => x.LibraryVersionId,
                        principalTable: "LibraryDocumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingPackAppendices_BriefingPackId_Position",
                table: "BriefingPackAppendices",
                columns: new[] { "BriefingPackId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BriefingPackAppendices_LibraryVersionId",
                table: "BriefingPackAppendices",
                column: "LibraryVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefingPackAppendices");
        }
    }
}
