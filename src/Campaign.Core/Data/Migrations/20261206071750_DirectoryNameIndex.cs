using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// SQLite: a trigram index of the text the directory's search box and the attendee picker match with LIKE '%…%',
    /// so those find their candidates by index instead of reading every person (see StakeholderNameIndex). Contentless,
    /// so no second copy of anyone's name is kept, with secure delete so an erased name does not linger in its pages.
    /// Its triggers always run (imports do not defer them): people are written a few thousand at a time at most.
    /// </summary>
    public partial class DirectoryNameIndex : Migration
    {
        private const string Columns = "DisplayName, FullName, FamilyName, Constituency, Department";

        private static string Values(string row) =>
            $"{row}.DisplayName, coalesce({row}.GivenName, '') || ' ' || coalesce({row}.FamilyName, ''), {row}.FamilyName, {row}.Constituency, {row}.Department";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            // case_sensitive 0 folds case as LIKE does (and more), so the index finds every row LIKE would.
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE StakeholderNames USING fts5({Columns}, content='',
                    tokenize='trigram case_sensitive 0');
                """);
            migrationBuilder.Sql("INSERT INTO StakeholderNames(StakeholderNames, rank) VALUES ('secure-delete', 1);");
            migrationBuilder.Sql($"""
                CREATE TRIGGER StakeholderNames_AfterInsert AFTER INSERT ON Stakeholders BEGIN
                    INSERT INTO StakeholderNames(rowid, {Columns}) VALUES (new.Id, {Values("new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StakeholderNames_AfterDelete AFTER DELETE ON Stakeholders BEGIN
                    INSERT INTO StakeholderNames(StakeholderNames, rowid, {Columns}) VALUES ('delete', old.Id, {Values("old")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER StakeholderNames_AfterUpdate AFTER UPDATE OF DisplayName, GivenName, FamilyName, Constituency, Department ON Stakeholders BEGIN
                    INSERT INTO StakeholderNames(StakeholderNames, rowid, {Columns}) VALUES ('delete', old.Id, {Values("old")});
                    INSERT INTO StakeholderNames(rowid, {Columns}) VALUES (new.Id, {Values("new")});
                END;
                """);
            migrationBuilder.Sql($"INSERT INTO StakeholderNames(rowid, {Columns}) SELECT Id, {Values("s")} FROM Stakeholders s;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            foreach (var trigger in new[] { "AfterInsert", "AfterDelete", "AfterUpdate" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS StakeholderNames_{trigger};");
            migrationBuilder.Sql("DROP TABLE IF EXISTS StakeholderNames;");
        }
    }
}
