using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <inheritdoc />
    public partial class LetterTemplatesAndMailMerge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PositionStatementTemplates_CampaignId_Audience_VersionNumber",
                table: "PositionStatementTemplates");

            migrationBuilder.AddColumn<string>(
                name: "AddressAs",
                table: "Stakeholders",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PositionStatementTemplates",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "PositionStatement");

            migrationBuilder.AddColumn<int>(
                name: "LetterheadImageVersionId",
                table: "PositionStatementTemplates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadText",
                table: "PositionStatementTemplates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignOff",
                table: "PositionStatementTemplates",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MailMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    FilterDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LibraryVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailMerges_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MailMerges_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailMerges_LibraryDocumentVersions_LibraryVersionId",
                        column: x => x.LibraryVersionId,
                        principalTable: "LibraryDocumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MailMerges_PositionStatementTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "PositionStatementTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MailMergeLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MailMergeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false),
                    InteractionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailMergeLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailMergeLetters_Interactions_InteractionId",
                        column: x => x.InteractionId,
                        principalTable: "Interactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailMergeLetters_MailMerges_MailMergeId",
                        column: x => x.MailMergeId,
                        principalTable: "MailMerges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MailMergeLetters_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PositionStatementTemplates_CampaignId_Kind_Audience_VersionNumber",
                table: "PositionStatementTemplates",
                columns: new[] { "CampaignId", "Kind", "Audience", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailMergeLetters_InteractionId",
                table: "MailMergeLetters",
                column: "InteractionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailMergeLetters_MailMergeId",
                table: "MailMergeLetters",
                column: "MailMergeId");

            migrationBuilder.CreateIndex(
                name: "IX_MailMergeLetters_StakeholderId",
                table: "MailMergeLetters",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_MailMerges_CampaignId",
                table: "MailMerges",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_MailMerges_CreatedById",
                table: "MailMerges",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_MailMerges_LibraryVersionId",
                table: "MailMerges",
                column: "LibraryVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_MailMerges_TemplateId",
                table: "MailMerges",
                column: "TemplateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailMergeLetters");

            migrationBuilder.DropTable(
                name: "MailMerges");

            migrationBuilder.DropIndex(
                name: "IX_PositionStatementTemplates_CampaignId_Kind_Audience_VersionNumber",
                table: "PositionStatementTemplates");

            // SQLite's own DROP COLUMN, not EF's table rebuild: the rebuild would break the triggers that read Stakeholders.
            migrationBuilder.Sql("ALTER TABLE \"Stakeholders\" DROP COLUMN \"AddressAs\";");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PositionStatementTemplates");

            migrationBuilder.DropColumn(
                name: "LetterheadImageVersionId",
                table: "PositionStatementTemplates");

            migrationBuilder.DropColumn(
                name: "LetterheadText",
                table: "PositionStatementTemplates");

            migrationBuilder.DropColumn(
                name: "SignOff",
                table: "PositionStatementTemplates");

            migrationBuilder.CreateIndex(
                name: "IX_PositionStatementTemplates_CampaignId_Audience_VersionNumber",
                table: "PositionStatementTemplates",
                columns: new[] { "CampaignId", "Audience", "VersionNumber" },
                unique: true);
        }
    }
}
