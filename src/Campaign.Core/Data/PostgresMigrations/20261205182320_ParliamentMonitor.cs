using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ParliamentMonitor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParliamentMonitors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phrases = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastRunOutcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParliamentMonitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParliamentMonitors_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackedBills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    BillId = table.Column<int>(type: "integer", nullable: false),
                    ShortTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LongTitle = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CurrentHouse = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsAct = table.Column<bool>(type: "boolean", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    IsDefeated = table.Column<bool>(type: "boolean", nullable: false),
                    LastUpdatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AddedByHand = table.Column<bool>(type: "boolean", nullable: false),
                    AskId = table.Column<int>(type: "integer", nullable: true),
                    MilestoneId = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedBills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackedBills_Asks_AskId",
                        column: x => x.AskId,
                        principalTable: "Asks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TrackedBills_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrackedBills_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "BillAmendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackedBillId = table.Column<int>(type: "integer", nullable: false),
                    AmendmentId = table.Column<int>(type: "integer", nullable: false),
                    BillStageId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Decision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sponsors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsOurs = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillAmendments_TrackedBills_TrackedBillId",
                        column: x => x.TrackedBillId,
                        principalTable: "TrackedBills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackedBillId = table.Column<int>(type: "integer", nullable: false),
                    BillStageId = table.Column<int>(type: "integer", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    House = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    FirstSitting = table.Column<DateOnly>(type: "date", nullable: true),
                    LastSitting = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillStages_TrackedBills_TrackedBillId",
                        column: x => x.TrackedBillId,
                        principalTable: "TrackedBills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitorItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: true),
                    MemberName = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    StakeholderId = table.Column<int>(type: "integer", nullable: true),
                    House = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reference = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AnsweringBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchedPhrases = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProposedStance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TrackedBillId = table.Column<int>(type: "integer", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastChange = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TriagedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TriagedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StatedPositionId = table.Column<int>(type: "integer", nullable: true),
                    InteractionId = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitorItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitorItems_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MonitorItems_Interactions_InteractionId",
                        column: x => x.InteractionId,
                        principalTable: "Interactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MonitorItems_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MonitorItems_StatedPositions_StatedPositionId",
                        column: x => x.StatedPositionId,
                        principalTable: "StatedPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MonitorItems_TrackedBills_TrackedBillId",
                        column: x => x.TrackedBillId,
                        principalTable: "TrackedBills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BillAmendments_TrackedBillId_AmendmentId",
                table: "BillAmendments",
                columns: new[] { "TrackedBillId", "AmendmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BillStages_TrackedBillId_BillStageId",
                table: "BillStages",
                columns: new[] { "TrackedBillId", "BillStageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_CampaignId_Date",
                table: "MonitorItems",
                columns: new[] { "CampaignId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_CampaignId_Source_SourceId",
                table: "MonitorItems",
                columns: new[] { "CampaignId", "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_CampaignId_Status_Date_Id",
                table: "MonitorItems",
                columns: new[] { "CampaignId", "Status", "Date", "Id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_CampaignId_Status_Source_Date_Id",
                table: "MonitorItems",
                columns: new[] { "CampaignId", "Status", "Source", "Date", "Id" },
                descending: new[] { false, false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_InteractionId",
                table: "MonitorItems",
                column: "InteractionId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_MemberId",
                table: "MonitorItems",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_StakeholderId_Date",
                table: "MonitorItems",
                columns: new[] { "StakeholderId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_StatedPositionId",
                table: "MonitorItems",
                column: "StatedPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitorItems_TrackedBillId",
                table: "MonitorItems",
                column: "TrackedBillId");

            migrationBuilder.CreateIndex(
                name: "IX_ParliamentMonitors_CampaignId_Name",
                table: "ParliamentMonitors",
                columns: new[] { "CampaignId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackedBills_AskId",
                table: "TrackedBills",
                column: "AskId");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedBills_CampaignId_BillId",
                table: "TrackedBills",
                columns: new[] { "CampaignId", "BillId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackedBills_MilestoneId",
                table: "TrackedBills",
                column: "MilestoneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BillAmendments");

            migrationBuilder.DropTable(
                name: "BillStages");

            migrationBuilder.DropTable(
                name: "MonitorItems");

            migrationBuilder.DropTable(
                name: "ParliamentMonitors");

            migrationBuilder.DropTable(
                name: "TrackedBills");
        }
    }
}
