using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phrases = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastRunOutcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LongTitle = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CurrentHouse = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsAct = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDefeated = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastUpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AddedByHand = table.Column<bool>(type: "INTEGER", nullable: false),
                    AskId = table.Column<int>(type: "INTEGER", nullable: true),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackedBillId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmendmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillStageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Sponsors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsOurs = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackedBillId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillStageId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    House = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSitting = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastSitting = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: true),
                    House = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AnsweringBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MatchedPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedStance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TrackedBillId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChange = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriagedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TriagedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatedPositionId = table.Column<int>(type: "INTEGER", nullable: true),
                    InteractionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
