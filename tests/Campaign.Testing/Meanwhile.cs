using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Testing;

/// <summary>
/// Someone else's write at an exact moment of a service's work: the first time the service's context starts (or takes
/// over) a transaction, <paramref name="write"/> runs on the test's own connection before the service carries on.
/// Imports read what they need, then stage or write in a transaction, so this lands between the two.
/// </summary>
public sealed class Meanwhile(Action write) : DbTransactionInterceptor
{
    private int _done;

    public bool Happened => _done > 0;

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Once();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbTransaction> TransactionUsedAsync(
        DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Once();
        return ValueTask.FromResult(result);
    }

    private void Once()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0) write();
    }
}
