using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class StatedPositionHistoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_StakeholderId_AskId_StatedOn",
                table: "StatedPositions");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "StatedOn", "Id", "Stance" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_StakeholderId_AskId_StatedOn",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "StatedOn" });
        }
    }
}
