using Campaign.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaign.Testing;

/// <summary>
/// A migrated database of its own for one test, deleted on dispose. Real provider, real SQL: a temporary SQLite
/// file by default; with <c>CAMPAIGN_TEST_PROVIDER=Postgres</c> a fresh database on the server named by
/// <c>CAMPAIGN_TEST_POSTGRES</c> (a connection string without a database; see <see cref="TestServer"/>).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<CampaignDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<CampaignDbContext> _options;

    public FixedClock Clock { get; }

    public static DatabaseProvider Provider => TestServer.Provider;

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public string ConnectionString { get; }

    /// <summary>The PostgreSQL database's name (null on SQLite).</summary>
    internal string? DatabaseName { get; }

    private bool _owned = true;

    private TestDatabase(FixedClock clock, string connectionString, string? databaseName)
    {
        Clock = clock;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
        var builder = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(builder, Provider, ConnectionString);
        _options = builder.Options;
    }

    public static FixedClock DefaultClock() => new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Contexts on an existing database that this object does not own (nothing is deleted on dispose).</summary>
    internal static TestDatabase Attach(string connectionString, FixedClock clock) => new(clock, connectionString, null) { _owned = false };

    public static async Task<TestDatabase> CreateAsync(FixedClock? clock = null)
    {
        clock ??= DefaultClock();
        if (IsPostgres)
        {
            // A copy of a migrated template: CREATE DATABASE ... TEMPLATE takes milliseconds, migrating each time does not.
            var name = TestServer.NewDatabaseName("test");
            await TestServer.CreateFromAsync(name, await TestServer.MigratedTemplate.Value);
            return new TestDatabase(clock, TestServer.ConnectionStringFor(name), name);
        }

        var database = new TestDatabase(clock, $"Data Source={Path.Combine(Path.GetTempPath(), $"campaign-test-{Guid.NewGuid():N}.db")}", null);
        await using var db = database.CreateDbContext();
        await CampaignDatabase.MigrateAsync(db);
        return database;
    }

    /// <summary>Migrates a new, empty database (used for the templates).</summary>
    internal static async Task MigrateEmptyAsync(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(builder, Provider, connectionString);
        await using var db = CampaignDatabase.CreateContext(builder.Options);
        await CampaignDatabase.MigrateAsync(db);
    }

    public CampaignDbContext CreateDbContext() => CampaignDatabase.CreateContext(_options, Clock);

    /// <summary>Contexts on this database that also run <paramref name="interceptors"/> (e.g. to make someone else write at an exact moment).</summary>
    public IDbContextFactory<CampaignDbContext> With(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(builder, Provider, ConnectionString);
        builder.AddInterceptors(interceptors);
        return new InterceptedFactory(builder.Options, Clock);
    }

    private sealed class InterceptedFactory(DbContextOptions<CampaignDbContext> options, TimeProvider clock) : IDbContextFactory<CampaignDbContext>
    {
        public CampaignDbContext CreateDbContext() => CampaignDatabase.CreateContext(options, clock);
    }

    /// <summary>
    /// A copy of this database as it is now, owned by the caller (deleted on dispose), with a clock at the same
    /// instant: SQLite's online backup into a new file, or <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL.
    /// </summary>
    public async Task<TestDatabase> CopyAsync()
    {
        var clock = new FixedClock(Clock.Now);
        if (DatabaseName is not null)
        {
            var name = TestServer.NewDatabaseName("copy");
            // A template must have no open connections: release this database's pooled ones.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            await TestServer.CreateFromAsync(name, DatabaseName);
            return new TestDatabase(clock, TestServer.ConnectionStringFor(name), name);
        }

        var copy = new TestDatabase(clock, $"Data Source={Path.Combine(Path.GetTempPath(), $"campaign-copy-{Guid.NewGuid():N}.db")}", null);
        await using (var from = new SqliteConnection(ConnectionString))
        await using (var to = new SqliteConnection(copy.ConnectionString))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
        }
        return copy;
    }

    /// <summary>Adds the users behind <see cref="TestActors"/>, for writes that record who made them.</summary>
    public async Task AddTestActorUsersAsync()
    {
        await using var db = CreateDbContext();
        var builder = new Builder(db);
        builder.TestActorUsers();
        await builder.SaveAsync();
    }

    public async Task<T> WithContextAsync<T>(Func<CampaignDbContext, Task<T>> action)
    {
        await using var db = CreateDbContext();
        return await action(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owned) return;
        if (DatabaseName is not null)
        {
            await TestServer.DropAsync(DatabaseName);
            return;
        }
        // Pooled connections keep the file open; release them so it can be deleted.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(path + suffix); } catch (IOException) { /* best effort: temp folder */ }
        }
    }
}

/// <summary>
/// The PostgreSQL server the tests run against (<c>CAMPAIGN_TEST_POSTGRES</c>, e.g.
/// <c>Host=127.0.0.1;Port=55432;Username=postgres</c>; .ci/run starts a throwaway one). Every database a test run
/// creates is named <c>campaign_*</c> with a random suffix, and dropped again.
/// </summary>
public static class TestServer
{
    public const string ProviderVariable = "CAMPAIGN_TEST_PROVIDER";
    public const string ServerVariable = "CAMPAIGN_TEST_POSTGRES";

    public static DatabaseProvider Provider { get; } = CampaignDatabase.ParseProvider(Environment.GetEnvironmentVariable(ProviderVariable));

    internal static readonly Lazy<Task<string>> MigratedTemplate = new(() => CreateTemplateAsync("template", TestDatabase.MigrateEmptyAsync));

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {ServerVariable}, e.g. Host=127.0.0.1;Port=5432;Username=postgres");

    public static string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ToString();

    internal static string NewDatabaseName(string kind) => $"campaign_{kind}_{Guid.NewGuid():N}";

    /// <summary>A template database filled once per test run by <paramref name="fill"/>, dropped when the run ends.</summary>
    internal static async Task<string> CreateTemplateAsync(string kind, Func<string, Task> fill)
    {
        var name = NewDatabaseName(kind);
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        await fill(ConnectionStringFor(name));
        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(name).GetAwaiter().GetResult();
        return name;
    }

    internal static Task CreateFromAsync(string name, string template) => ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");

    internal static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
