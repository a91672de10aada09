using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// PostgreSQL's ConfidentialPositions: confidential positions and derived data for both views (the triggers and
    /// backfill of <see cref="MigrationsSql.DerivedDataV2"/>, replacing V1's). Search needs nothing new here: ts_rank scores
    /// each row on its own text, so the existing public vectors rank coalition members' searches as the stripped copy would.
    /// </summary>
    public partial class ConfidentialPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresDropTriggers) migrationBuilder.Sql(sql);

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_StanceTallies",
                table: "StanceTallies");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PartnerMonthCounts",
                table: "PartnerMonthCounts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InteractionMonthCounts",
                table: "InteractionMonthCounts");

            migrationBuilder.AddColumn<bool>(
                name: "IsCoalitionCurrent",
                table: "StatedPositions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "StatedPositions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Clearance",
                table: "StanceTallies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "PartnerMonthCounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "InteractionMonthCounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddPrimaryKey(
                name: "PK_StanceTallies",
                table: "StanceTallies",
                columns: new[] { "Clearance", "AskId", "Status", "Kind", "Party", "Stance" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_PartnerMonthCounts",
                table: "PartnerMonthCounts",
                columns: new[] { "CampaignId", "OrganisationId", "Month", "IsConfidential" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_InteractionMonthCounts",
                table: "InteractionMonthCounts",
                columns: new[] { "CampaignId", "Month", "Kind", "IsConfidential" });

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_CoalitionCurrentByDate",
                table: "StatedPositions",
                columns: new[] { "StatedOn", "StakeholderId", "AskId", "Stance", "IsCoalitionCurrent" },
                filter: "\"IsCoalitionCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_CoalitionCurrentByPerson",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "Stance", "IsCoalitionCurrent" },
                filter: "\"IsCoalitionCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "StatedOn", "Id", "Stance", "IsConfidential" });

            foreach (var sql in MigrationsSql.DerivedDataV2.PostgresTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV2.PostgresBackfill) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MigrationsSql.DerivedDataV2.PostgresDropTriggers) migrationBuilder.Sql(sql);
            migrationBuilder.Sql("""DELETE FROM "StanceTallies"; DELETE FROM "InteractionMonthCounts"; DELETE FROM "PartnerMonthCounts";""");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CoalitionCurrentByDate",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CoalitionCurrentByPerson",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_StanceTallies",
                table: "StanceTallies");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PartnerMonthCounts",
                table: "PartnerMonthCounts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InteractionMonthCounts",
                table: "InteractionMonthCounts");

            migrationBuilder.DropColumn(
                name: "IsCoalitionCurrent",
                table: "StatedPositions");

            migrationBuilder.DropColumn(
                name: "IsConfidential",
                table: "StatedPositions");

            migrationBuilder.DropColumn(
                name: "Clearance",
                table: "StanceTallies");

            migrationBuilder.DropColumn(
                name: "IsConfidential",
                table: "PartnerMonthCounts");

            migrationBuilder.DropColumn(
                name: "IsConfidential",
                table: "InteractionMonthCounts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_StanceTallies",
                table: "StanceTallies",
                columns: new[] { "AskId", "Status", "Kind", "Party", "Stance" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_PartnerMonthCounts",
                table: "PartnerMonthCounts",
                columns: new[] { "CampaignId", "OrganisationId", "Month" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_InteractionMonthCounts",
                table: "InteractionMonthCounts",
                columns: new[] { "CampaignId", "Month", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "StatedOn", "Id", "Stance" });

            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresBackfill) migrationBuilder.Sql(sql);
        }
    }
}
