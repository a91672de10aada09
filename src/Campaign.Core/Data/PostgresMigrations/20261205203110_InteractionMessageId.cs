using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class InteractionMessageId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "Interactions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_MessageId",
                table: "Interactions",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_MessageId",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "Interactions");
        }
    }
}
