using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_CampaignId_OccurredAt",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_CampaignId_OccurredAt_Kind",
                table: "Interactions",
                columns: new[] { "CampaignId", "OccurredAt", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_CampaignId_OccurredAt_Kind",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_CampaignId_OccurredAt",
                table: "Interactions",
                columns: new[] { "CampaignId", "OccurredAt" });
        }
    }
}
