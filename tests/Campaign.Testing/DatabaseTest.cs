using Xunit;

namespace Campaign.Testing;

/// <summary>
/// A test class whose every test gets a migrated database of its own (<see cref="TestDatabase"/>: SQLite, or
/// PostgreSQL with <c>CAMPAIGN_TEST_PROVIDER=Postgres</c>), deleted after the test.
/// </summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>The database a test starts from: empty by default; e.g. <see cref="SampleDatabase.CreateAsync"/> for the sample campaign.</summary>
    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    /// <summary>Seeds <see cref="Database"/> and builds the services under test; runs once the database exists.</summary>
    protected virtual Task SetUpAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        await SetUpAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        // xunit disposes even when creating the database failed; the failure is the one to report.
        if (Database is not null) await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
