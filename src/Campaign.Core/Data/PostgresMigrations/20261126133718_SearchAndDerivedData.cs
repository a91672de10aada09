using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaign.Data.PostgresMigrations
{
    /// <summary>
    /// PostgreSQL's equivalents of two SQLite migrations. Full-text search (FullTextSearch there): tsvector columns
    /// generated from the text, with GIN indexes. They are left out of the EF model on purpose, so entity loads and
    /// saves never read or return them; only SearchService's SQL uses them. Two per table where some text is internal:
    /// <c>SearchPublic</c> (what every role may match) and <c>SearchAll</c> (the same plus internal notes, for staff).
    /// Weights A–D follow the SQLite bm25 column weights. Derived data (DerivedStanceContactsCounts there): the
    /// triggers of <see cref="DerivedDataSql.PostgresTriggers"/> and a backfill.
    /// </summary>
    public partial class SearchAndDerivedData : Migration
    {
        // unaccent finds "Siân" from "Sian" (trusted since PostgreSQL 13: the database owner may create it).
        // The configuration is 'simple' (no stemming, no stop words: names are not English prose) with accents removed.
        private const string SearchConfiguration = """
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE TEXT SEARCH CONFIGURATION campaign_search (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION campaign_search
                ALTER MAPPING FOR word, numword, hword, hword_part, numhword, hword_numpart WITH unaccent, simple;
            """;

        private static readonly (string Table, string Column, (string Column, char Weight)[] Fields)[] Vectors =
        [
            ("Stakeholders", "SearchPublic", People(includeNotes: false)),
            ("Stakeholders", "SearchAll", People(includeNotes: true)),
            ("Organisations", "SearchAll", [("Name", 'A'), ("ShortName", 'A'), ("Notes", 'D')]),
            ("Interactions", "SearchPublic", Interactions(includeNotes: false)),
            ("Interactions", "SearchAll", Interactions(includeNotes: true)),
        ];

        private static (string, char)[] People(bool includeNotes) =>
        [
            ("DisplayName", 'A'), ("FamilyName", 'A'), ("GivenName", 'B'), ("Role", 'B'), ("Constituency", 'B'), ("Peerage", 'B'),
            ("Department", 'C'), ("Party", 'C'), ("Email", 'C'),
            .. includeNotes ? new[] { ("Notes", 'D') } : [],
        ];

        private static (string, char)[] Interactions(bool includeNotes) =>
        [
            ("Title", 'A'), ("PqUin", 'B'), ("Summary", 'C'), ("Location", 'D'),
            .. includeNotes ? new[] { ("AsksRaised", 'D'), ("TheirConcerns", 'D'), ("CommitmentsByThem", 'D'), ("CommitmentsByUs", 'D') } : [],
        ];

        // ASCII punctuation becomes a space first, so words split as SQLite's unicode61 splits them: the default parser
        // would otherwise keep an email address, a URL or "10:00" as one token that no word typed could match.
        private static string Weighted(string column, char weight) =>
            $"setweight(to_tsvector('campaign_search'::regconfig, regexp_replace(coalesce(\"{column}\", ''), '[!-/:-@[-`{{-~]+', ' ', 'g')), '{weight}')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchConfiguration);
            foreach (var (table, column, fields) in Vectors)
            {
                var vector = string.Join(" || ", fields.Select(f => Weighted(f.Column, f.Weight)));
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ADD COLUMN "{column}" tsvector GENERATED ALWAYS AS ({vector}) STORED;""");
                migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_{column}" ON "{table}" USING GIN ("{column}");""");
            }

            // Triggers keep the derived values from now on; the backfill computes them for what is already stored.
            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresTriggers) migrationBuilder.Sql(sql);
            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresBackfill) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in MigrationsSql.DerivedDataV1.PostgresDropTriggers) migrationBuilder.Sql(sql);
            foreach (var (table, column, _) in Vectors)
                migrationBuilder.Sql($"""ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{column}";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS campaign_search;");
        }
    }
}
