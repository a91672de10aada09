using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// Confidentiality in its own right on stated positions, and the derived data kept for both views (staff and
    /// coalition): current-stance flags, tallies per view, monthly counts split by confidentiality (triggers and backfill
    /// of <see cref="MigrationsSql.DerivedDataV2"/>, replacing V1's), and a full-text index of non-confidential interactions'
    /// public text, so coalition members' searches are ranked on what they may see alone (bm25 weighs each word by how
    /// many rows hold it).
    /// </summary>
    public partial class ConfidentialPositions : Migration
    {
        private const string SharedIndex = "SearchInteractionsShared";
        private const string SharedColumns = "Title, Location, Summary, PqUin";

        private static string Values(string row) => string.Join(", ", SharedColumns.Split(", ").Select(c => $"{row}.{c}"));

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // First: the tables they write to are dropped and made again below.
            foreach (var name in MigrationsSql.DerivedDataV1.SqliteDropTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions");

            migrationBuilder.AddColumn<bool>(
                name: "IsCoalitionCurrent",
                table: "StatedPositions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "StatedPositions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The derived tables are dropped and made again rather than rebuilt (their rows are refilled below): an SQLite
            // table rebuild runs last, after the triggers that need the new keys.
            foreach (var table in new[] { "StanceTallies", "PartnerMonthCounts", "InteractionMonthCounts" }) migrationBuilder.DropTable(name: table);

            migrationBuilder.CreateTable(
                name: "InteractionMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_InteractionMonthCounts", x => new { x.CampaignId, x.Month, x.Kind, x.IsConfidential }));

            migrationBuilder.CreateTable(
                name: "PartnerMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_PartnerMonthCounts", x => new { x.CampaignId, x.OrganisationId, x.Month, x.IsConfidential }));

            migrationBuilder.CreateTable(
                name: "StanceTallies",
                columns: table => new
                {
                    Clearance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_StanceTallies", x => new { x.Clearance, x.AskId, x.Status, x.Kind, x.Party, x.Stance }));

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

            foreach (var sql in MigrationsSql.DerivedDataV2.SqliteTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV2.SqliteBackfill) migrationBuilder.Sql(sql);
            CreateSharedSearchIndex(migrationBuilder);
        }

        /// <summary>
        /// External content like the FullTextSearch migration's indexes, but holding only rows that are not confidential:
        /// the triggers add and remove rows as their confidentiality changes, and it is filled by INSERT … SELECT, since
        /// 'rebuild' would index every row of the table.
        /// </summary>
        private static void CreateSharedSearchIndex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE {SharedIndex} USING fts5({SharedColumns}, content='Interactions', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql($"INSERT INTO {SharedIndex}({SharedIndex}, rank) VALUES ('secure-delete', 1);");
            migrationBuilder.Sql($"""
                CREATE TRIGGER {SharedIndex}_AfterInsert AFTER INSERT ON Interactions WHEN NOT new.IsConfidential BEGIN
                    INSERT INTO {SharedIndex}(rowid, {SharedColumns}) VALUES (new.Id, {Values("new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER {SharedIndex}_AfterDelete AFTER DELETE ON Interactions WHEN NOT old.IsConfidential BEGIN
                    INSERT INTO {SharedIndex}({SharedIndex}, rowid, {SharedColumns}) VALUES ('delete', old.Id, {Values("old")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER {SharedIndex}_AfterUpdate AFTER UPDATE OF {SharedColumns}, IsConfidential ON Interactions BEGIN
                    INSERT INTO {SharedIndex}({SharedIndex}, rowid, {SharedColumns}) SELECT 'delete', old.Id, {Values("old")} WHERE NOT old.IsConfidential;
                    INSERT INTO {SharedIndex}(rowid, {SharedColumns}) SELECT new.Id, {Values("new")} WHERE NOT new.IsConfidential;
                END;
                """);
            migrationBuilder.Sql($"INSERT INTO {SharedIndex}(rowid, {SharedColumns}) SELECT Id, {SharedColumns} FROM Interactions WHERE NOT IsConfidential;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "AfterInsert", "AfterDelete", "AfterUpdate" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {SharedIndex}_{trigger};");
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {SharedIndex};");
            foreach (var name in MigrationsSql.DerivedDataV2.SqliteDropTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            foreach (var table in new[] { "StanceTallies", "PartnerMonthCounts", "InteractionMonthCounts" }) migrationBuilder.DropTable(name: table);

            migrationBuilder.CreateTable(
                name: "InteractionMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_InteractionMonthCounts", x => new { x.CampaignId, x.Month, x.Kind }));

            migrationBuilder.CreateTable(
                name: "PartnerMonthCounts",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_PartnerMonthCounts", x => new { x.CampaignId, x.OrganisationId, x.Month }));

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
                constraints: table => table.PrimaryKey("PK_StanceTallies", x => new { x.AskId, x.Status, x.Kind, x.Party, x.Stance }));

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CoalitionCurrentByDate",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_CoalitionCurrentByPerson",
                table: "StatedPositions");

            migrationBuilder.DropIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions");

            // SQLite's own DROP COLUMN: EF would rebuild the table, and a rebuilt table loses its triggers.
            migrationBuilder.Sql("""ALTER TABLE "StatedPositions" DROP COLUMN "IsCoalitionCurrent";""");
            migrationBuilder.Sql("""ALTER TABLE "StatedPositions" DROP COLUMN "IsConfidential";""");

            migrationBuilder.CreateIndex(
                name: "IX_StatedPositions_History",
                table: "StatedPositions",
                columns: new[] { "StakeholderId", "AskId", "StatedOn", "Id", "Stance" });

            foreach (var sql in MigrationsSql.DerivedDataV1.SqliteTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV1.SqliteBackfill) migrationBuilder.Sql(sql);
        }
    }
}
