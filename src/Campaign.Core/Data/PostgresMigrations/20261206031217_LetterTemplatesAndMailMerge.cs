using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Campaign.Data.PostgresMigrations
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
                type: "character varying(250)",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PositionStatementTemplates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "PositionStatement");

            migrationBuilder.AddColumn<int>(
                name: "LetterheadImageVersionId",
                table: "PositionStatementTemplates",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadText",
                table: "PositionStatementTemplates",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignOff",
                table: "PositionStatementTemplates",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MailMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    TemplateId = table.Column<int>(type: "integer", nullable: false),
                    FilterDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecipientCount = table.Column<int>(type: "integer", nullable: false),
                    LibraryVersionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MailMergeId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false),
                    InteractionId = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_PositionStatementTemplates_CampaignId_Kind_Audience_Version~",
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
                name: "IX_PositionStatementTemplates_CampaignId_Kind_Audience_Version~",
                table: "PositionStatementTemplates");

            migrationBuilder.DropColumn(
                name: "AddressAs",
                table: "Stakeholders");

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
