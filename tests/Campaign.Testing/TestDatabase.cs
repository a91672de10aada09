using Campaign.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

/// <summary>A migrated SQLite database in a temporary file, deleted on dispose. Real provider, real SQL.</summary>
public sealed class TestDatabase : IDbContextFactory<CampaignDbContext>, IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"campaign-test-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<CampaignDbContext> _options;

    public FixedClock Clock { get; }

    public string ConnectionString => $"Data Source={_path}";

    private TestDatabase(FixedClock clock)
    {
        Clock = clock;
        var builder = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(builder, ConnectionString);
        _options = builder.Options;
    }

    public static async Task<TestDatabase> CreateAsync(FixedClock? clock = null)
    {
        var database = new TestDatabase(clock ?? new FixedClock(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero)));
        await using var db = database.CreateDbContext();
        await CampaignDatabase.MigrateAsync(db);
        return database;
    }

    public CampaignDbContext CreateDbContext() => new(_options, Clock);

    public async Task<T> WithContextAsync<T>(Func<CampaignDbContext, Task<T>> action)
    {
        await using var db = CreateDbContext();
        return await action(db);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so it can be deleted.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_path + suffix); } catch (IOException) { /* best effort: temp folder */ }
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A clock fixed at a known instant, in UTC, so "today" and "overdue" are deterministic.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
