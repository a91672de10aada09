using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Benchmarks;

/// <summary>
/// How long a context's write transactions hold the write lock: from the moment BEGIN (SQLite: BEGIN IMMEDIATE, which
/// takes the lock) returns to the moment COMMIT returns, and the process CPU time meanwhile. On the import's own
/// contexts this is the import's one write transaction; staging into temporary tables uses no such transaction.
/// </summary>
public sealed class WriteLockProbe : DbTransactionInterceptor
{
    private readonly Process _process = Process.GetCurrentProcess();
    private long _started;
    private TimeSpan _cpuStarted;

    public List<(TimeSpan Held, TimeSpan Cpu)> Transactions { get; } = [];

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _process.Refresh();
        _cpuStarted = _process.TotalProcessorTime;
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var held = Stopwatch.GetElapsedTime(_started);
        _process.Refresh();
        Transactions.Add((held, _process.TotalProcessorTime - _cpuStarted));
        return Task.CompletedTask;
    }

    /// <summary>The longest write transaction (an import has one).</summary>
    public (TimeSpan Held, TimeSpan Cpu) Longest => Transactions.Count == 0 ? default : Transactions.MaxBy(t => t.Held);
}
