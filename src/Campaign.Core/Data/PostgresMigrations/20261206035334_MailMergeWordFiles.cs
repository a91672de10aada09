using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class MailMergeWordFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WordFilesVersionId",
                table: "MailMerges",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailMerges_WordFilesVersionId",
                table: "MailMerges",
                column: "WordFilesVersionId");

            migrationBuilder.AddForeignKey(
                name: "FK_MailMerges_LibraryDocumentVersions_WordFilesVersionId",
                table: "MailMerges",
                column: "WordFilesVersionId",
                principalTable: "LibraryDocumentVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MailMerges_LibraryDocumentVersions_WordFilesVersionId",
                table: "MailMerges");

            migrationBuilder.DropIndex(
                name: "IX_MailMerges_WordFilesVersionId",
                table: "MailMerges");

            migrationBuilder.DropColumn(
                name: "WordFilesVersionId",
                table: "MailMerges");
        }
    }
}
