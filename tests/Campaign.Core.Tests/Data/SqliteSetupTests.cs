using Campaign.Testing;
using Campaign.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

public sealed class SqliteSetupTests
{
    [Fact]
    public async Task The_database_runs_in_WAL_mode_with_a_busy_timeout_longer_than_any_write_memory_mapped_reads_and_secure_delete()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: journal mode and busy timeout are SQLite pragmas.");
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        var timeout = await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToListAsync();
        var mapped = await db.Database.SqlQueryRaw<long>("PRAGMA mmap_size").ToListAsync();
        var secureDelete = await db.Database.SqlQueryRaw<int>("PRAGMA secure_delete").ToListAsync();

        Assert.Equal("wal", Assert.Single(journal));
        // Writes wait for each other this long; the longest (an import's or a bulk erasure's one transaction) takes seconds.
        Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds, Assert.Single(timeout));
        Assert.True(timeout[0] >= 30_000, $"A busy timeout of {timeout[0]} ms is shorter than an import may write for.");
        Assert.Equal(SqlitePragmaInterceptor.MemoryMapBytes, Assert.Single(mapped));
        Assert.Equal(1, Assert.Single(secureDelete)); // deleted content is overwritten, so erased values do not linger in free space
    }

    [Fact]
    public void A_relative_database_path_is_resolved_from_the_app_folder_and_its_folder_created()
    {
        var root = Path.Combine(Path.GetTempPath(), $"campaign-root-{Guid.NewGuid():N}");

        var resolved = CampaignDatabase.ResolveSqlitePath("Data Source=App_Data/campaign.db", root);

        Assert.Contains(Path.Combine(root, "App_Data", "campaign.db"), resolved);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
