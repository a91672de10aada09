using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Campaign.Data.PostgresMigrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BriefingPackId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    LibraryVersionId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    VersionLabel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StartPage = table.Column<int>(type: "integer", nullable: true),
                    PageCount = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_BriefingPackAppendices_LibraryDocumentVersions_LibraryVersi~",
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
