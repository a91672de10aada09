using Campaign.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Benchmarks;

/// <summary>
/// A throw-away copy of the synthetic database as it was just after it was generated, for benchmarks that write
/// (imports): each run gets a fresh copy, so every run does the same real work on the same data, and nothing one
/// run wrote (or one benchmark exported) changes what the next one measures. Copying is not timed.
/// </summary>
public sealed class DatabaseCopy : IAsyncDisposable
{
    private DatabaseCopy(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        Contexts = new Factory(options.Options);
    }

    public string Path { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<CampaignDbContext> Contexts { get; }

    /// <summary>Contexts that also run <paramref name="interceptors"/> (e.g. a <see cref="WriteLockProbe"/> on the import's).</summary>
    public IDbContextFactory<CampaignDbContext> ContextsWith(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, DatabaseProvider.Sqlite, ConnectionString);
        options.AddInterceptors(interceptors);
        return new Factory(options.Options);
    }

    public static DatabaseCopy Of(string snapshotPath)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"campaign-bench-copy-{Guid.NewGuid():N}.db");
        File.Copy(snapshotPath, path);
        // On disk before the run: otherwise the first fsync of a timed write (an import's commit or checkpoint) flushes the
        // whole fresh copy, hundreds of MB at 10×, which a database in use never has waiting.
        using (var written = new FileStream(path, FileMode.Open, FileAccess.ReadWrite)) written.Flush(flushToDisk: true);
        return new DatabaseCopy(path);
    }

    /// <summary>Row counts of the named tables, to check that two ways of writing the same rows wrote the same.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(params string[] tables)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }

    public ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        SyntheticCampaign.DeleteDatabaseFiles(Path);
        return ValueTask.CompletedTask;
    }

    private sealed class Factory(DbContextOptions<CampaignDbContext> options) : IDbContextFactory<CampaignDbContext>
    {
        public CampaignDbContext CreateDbContext() => new(options);
    }
}
