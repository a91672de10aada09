using System.Data.Common;
using Campaign.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Testing;

/// <summary>
/// The tests' switch for making the app's saves throw, as a real database can (locked, gone, broken). It exists only
/// in test code: an EF interceptor that a test host adds to the app's context options, so nothing in the app can
/// turn it on. Off until a test calls <see cref="FailSaves"/>. A save is a SaveChanges or an explicit transaction
/// (the bulk importers and the erasure write through one), so every write fails and reads still work.
/// </summary>
public sealed class DatabaseFaults : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private volatile Func<Exception>? _fault;
    private int _failed;

    /// <summary>How many saves have been made to throw.</summary>
    public int FailedSaves => Volatile.Read(ref _failed);

    /// <summary>Every save throws a new exception from <paramref name="fault"/> until <see cref="Heal"/>.</summary>
    public void FailSaves(Func<Exception> fault) => _fault = fault;

    public void Heal() => _fault = null;

    /// <summary>What SQLite reports when another connection held the write lock past the busy timeout.</summary>
    public static SqliteException DatabaseLocked() => new("SQLite Error 5: 'database is locked'.", 5);

    /// <summary>Contexts on <paramref name="database"/> with these faults in their options, for a test's service container.</summary>
    public IDbContextFactory<CampaignDbContext> Over(TestDatabase database) => new Contexts(database, this);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ThrowIfFailing();
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ThrowIfFailing();
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        return ValueTask.FromResult(result);
    }

    private void ThrowIfFailing()
    {
        if (_fault is not { } fault) return;
        Interlocked.Increment(ref _failed);
        throw fault();
    }

    private sealed class Contexts : IDbContextFactory<CampaignDbContext>
    {
        private readonly DbContextOptions<CampaignDbContext> _options;
        private readonly TestDatabase _database;

        public Contexts(TestDatabase database, DatabaseFaults faults)
        {
            _database = database;
            var builder = new DbContextOptionsBuilder<CampaignDbContext>();
            CampaignDatabase.Configure(builder, TestDatabase.Provider, database.ConnectionString);
            builder.AddInterceptors(faults);
            _options = builder.Options;
        }

        public CampaignDbContext CreateDbContext() => CampaignDatabase.CreateContext(_options, _database.Clock);
    }
}
