using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.Migrations
{
    /// <summary>
    /// SQLite FTS5 indexes over people, organisations and interactions. They are external-content tables: the text
    /// stays only in the real tables (no second copy of notes), and triggers keep the index in step with every write,
    /// including the imports' raw SQL. The SQL is written out here, not shared with the app, so this migration
    /// always builds the same schema.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        // Column order matters: SearchService refers to columns by position (bm25 weights, snippet, column filters).
        private static readonly (string Index, string Table, string[] Columns)[] Indexes =
        [
            ("SearchStakeholders", "Stakeholders",
                ["DisplayName", "GivenName", "FamilyName", "Role", "Department", "Constituency", "Peerage", "Party", "Email", "Notes"]),
            ("SearchOrganisations", "Organisations", ["Name", "ShortName", "Notes"]),
            ("SearchInteractions", "Interactions",
                ["Title", "Location", "Summary", "PqUin", "AsksRaised", "TheirConcerns", "CommitmentsByThem", "CommitmentsByUs"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 is SQLite's; another provider gets its own search schema.
            if (!migrationBuilder.IsSqlite()) return;
            foreach (var (index, table, columns) in Indexes)
            {
                var list = string.Join(", ", columns);
                string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.{c}"));

                // unicode61 with remove_diacritics 2 finds "Siân" from "Sian"; the prefix indexes keep "pa*" fast.
                migrationBuilder.Sql($"""
                    CREATE VIRTUAL TABLE {index} USING fts5({list}, content='{table}', content_rowid='Id',
                        tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                    """);
                // A delete removes the words from the index itself rather than leaving them behind a delete marker,
                // so an erased person's name does not linger in the index's pages.
                migrationBuilder.Sql($"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 1);");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {index}_AfterInsert AFTER INSERT ON {table} BEGIN
                        INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {Values("new")});
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {index}_AfterDelete AFTER DELETE ON {table} BEGIN
                        INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {Values("old")});
                    END;
                    """);
                // Only edits of indexed text re-index the row: version and timestamp bumps leave it alone.
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {index}_AfterUpdate AFTER UPDATE OF {list} ON {table} BEGIN
                        INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {Values("old")});
                        INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {Values("new")});
                    END;
                    """);
                migrationBuilder.Sql($"INSERT INTO {index}({index}) VALUES ('rebuild');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            foreach (var (index, _, _) in Indexes)
            {
                foreach (var trigger in new[] { "AfterInsert", "AfterDelete", "AfterUpdate" })
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_{trigger};");
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {index};");
            }
        }
    }
}
