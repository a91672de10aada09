using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <inheritdoc />
    public partial class DerivedStanceContactsCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsCurrent",
                table: "StatedPositions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestContactAt",
                table: "Stakeholders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestOpenContactAt",
                table: "Stakeholders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InteractionMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteractionMonthCounts", x => new { x.CampaignId, x.Month, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "PartnerMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerMonthCounts", x => new { x.CampaignId, x.OrganisationId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "StanceTallies",
                columns: table => new
                {
                    AskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StanceTallies", x => new { x.AskId, x.Status, x.Kind, x.Party, x.Stance });
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_CurrentByDate",
                table: "StatedPositions",
                columns: new[] { "StatedOn", "StakeholderId", "AskId", "Stance", "IsCurrent" },
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_CurrentByPerson",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "Stance", "IsCurrent" },
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_Contacts",
                table: "Stakeholders",
                columns: new[] { "Status", "LatestContactAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_PriorityTargets",
                table: "Stakeholders",
                columns: new[] { "Priority", "Status", "Influence", "Interest", "FamilyName", "Kind", "LatestContactAt", "LatestOpenContactAt" },
                descending: new[] { false, false, true, true, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_Targets",
                table: "Stakeholders",
                columns: new[] { "Status", "Kind", "Party", "Influence", "Interest", "Priority" });

            // Triggers keep the derived values from now on; the backfill computes them for what is already stored.
            foreach (var sql in MigrationsSql.DerivedDataV1.SqliteTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV1.SqliteBackfill) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in MigrationsSql.DerivedDataV1.SqliteDropTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");

            migrationBuilder.DropTable(
                name: "InteractionMonthCounts");

            migrationBuilder.DropTable(
                name: "PartnerMonthCounts");

            migrationBuilder.DropTable(
                name: "StanceTallies");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CurrentByDate",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CurrentByPerson",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_Contacts",
                table: "Stakeholders");

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_PriorityTargets",
                table: "Stakeholders");

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_Targets",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "IsCurrent",
                table: "StatedPositions");

            migrationBuilder.DropColumn(
                name: "LatestContactAt",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "LatestOpenContactAt",
                table: "Stakeholders");
        }
    }
}
