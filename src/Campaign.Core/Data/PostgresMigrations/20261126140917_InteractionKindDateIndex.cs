using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class InteractionKindDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_Kind",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_Kind_OccurredAt",
                table: "Interactions",
                columns: new[] { "Kind", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_Kind_OccurredAt",
                table: "Interactions");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_Kind",
                table: "Interactions",
                column: "Kind");
        }
    }
}
