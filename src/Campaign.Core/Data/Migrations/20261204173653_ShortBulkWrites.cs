using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// Imports hold the write lock briefly: the insert triggers (the derived data's of <see cref="MigrationsSql.DerivedDataV3"/>,
    /// replacing V2's, and the full-text indexes' insert triggers, made again with the same work) skip while the writing
    /// transaction holds a row in DeferredDerivedData, and the import brings the same values up to date set-based once.
    /// Values do not change, so nothing is recounted.
    /// </summary>
    public partial class ShortBulkWrites : Migration
    {
        /// <summary>The full-text insert triggers as the FullTextSearch and ConfidentialPositions migrations made them (for Down).</summary>
        private static readonly (string Index, string Table, string Columns, string When)[] SearchInsertTriggers =
        [
            ("SearchStakeholders", "Stakeholders", "DisplayName, GivenName, FamilyName, Role, Department, Constituency, Peerage, Party, Email, Notes", ""),
            ("SearchOrganisations", "Organisations", "Name, ShortName, Notes", ""),
            ("SearchInteractions", "Interactions", "Title, Location, Summary, PqUin, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs", ""),
            ("SearchInteractionsShared", "Interactions", "Title, Location, Summary, PqUin", " WHEN NOT new.IsConfidential"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var name in MigrationsSql.DerivedDataV2.SqliteDropTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            foreach (var (index, _, _, _) in SearchInsertTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_AfterInsert;");
            // Holds a row only inside an import's transaction (inserted and deleted there), so it is empty for everyone else.
            migrationBuilder.Sql("""CREATE TABLE "DeferredDerivedData" ("Writer" TEXT NOT NULL);""");
            foreach (var sql in MigrationsSql.DerivedDataV3.SqliteTriggers) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in MigrationsSql.DerivedDataV3.SqliteDropTriggers) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "DeferredDerivedData";""");
            foreach (var sql in MigrationsSql.DerivedDataV2.SqliteTriggers) migrationBuilder.Sql(sql);
            foreach (var (index, table, columns, when) in SearchInsertTriggers)
            {
                var values = string.Join(", ", columns.Split(", ").Select(c => $"new.{c}"));
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {index}_AfterInsert AFTER INSERT ON {table}{when} BEGIN
                        INSERT INTO {index}(rowid, {columns}) VALUES (new.Id, {values});
                    END;
                    """);
            }
        }
    }
}
