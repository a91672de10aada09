using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>
/// SQLite's full-text indexes hold exactly what their tables hold: FTS5's integrity check compares each external-content
/// index with its table row by row; the coalition's index of non-confidential interactions (which its table does not
/// match, holding confidential rows too) is compared word by word with one built afresh from those rows.
/// PostgreSQL's vectors are generated columns, recomputed by the server on every write: nothing there can drift.
/// </summary>
internal static class SearchIndexRecount
{
    private const string Shared = "Title, Location, Summary, PqUin";

    private static readonly string[] IntegrityChecks = new[] { "SearchStakeholders", "SearchOrganisations", "SearchInteractions" }
        .Select(index => "INSERT INTO " + index + "(" + index + ", rank) VALUES ('integrity-check', 1)").ToArray();

    public static async Task AssertMatchesAsync(TestDatabase database)
    {
        if (TestDatabase.IsPostgres) return;
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        foreach (var check in IntegrityChecks) await db.Database.ExecuteSqlRawAsync(check);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchInteractionsShared(SearchInteractionsShared) VALUES ('integrity-check')");
        try
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE VIRTUAL TABLE temp.SharedAfresh USING fts5({Shared}, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                INSERT INTO temp.SharedAfresh(rowid, {Shared}) SELECT Id, {Shared} FROM Interactions WHERE NOT IsConfidential;
                CREATE VIRTUAL TABLE temp.SharedWords USING fts5vocab('main', 'SearchInteractionsShared', 'instance');
                CREATE VIRTUAL TABLE temp.AfreshWords USING fts5vocab('temp', 'SharedAfresh', 'instance');
                """);
            var differences = await db.Database.SqlQueryRaw<string>("""
                SELECT 'index has ' || term || ' in ' || doc AS Value FROM (SELECT term, doc, col, offset FROM temp.SharedWords EXCEPT SELECT term, doc, col, offset FROM temp.AfreshWords)
                UNION ALL
                SELECT 'index lacks ' || term || ' in ' || doc FROM (SELECT term, doc, col, offset FROM temp.AfreshWords EXCEPT SELECT term, doc, col, offset FROM temp.SharedWords)
                LIMIT 10
                """).ToListAsync();
            var words = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM temp.AfreshWords").SingleAsync();
            Assert.Empty(differences);
            Assert.True(words > 0, "The non-confidential interactions hold no words to compare.");
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS temp.SharedWords; DROP TABLE IF EXISTS temp.AfreshWords; DROP TABLE IF EXISTS temp.SharedAfresh;");
        }
    }
}
