using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Data;

/// <summary>Sets the pragmas that live on the connection (WAL lives in the file) on every pooled connection as it opens.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // As Microsoft.Data.Sqlite's command timeout, and far above the longest write lock (a 100,000-contact import: about 3 s).
    public const int BusyTimeoutMilliseconds = 30_000;
    // At ten times the base data the dashboard spent a third of its time copying pages through read calls, and a map
    // smaller than the file (800 MB at 10×) leaves the rest to them: map as much as SQLite allows (its default cap, 2 GiB less 64 KiB).
    public const long MemoryMapBytes = 0x7fff0000;

    /// <summary>The settings a writer may change for a while (ImportStage), and puts back with this.</summary>
    public const string ConnectionDefaults = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;";

    // secure_delete zeroes an erased person's old values rather than leaving them readable in free space.
    // synchronous=NORMAL never corrupts under WAL, but a power cut may lose the last commits: imports and backups use FULL.
    private static readonly string Pragmas =
        $"PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA mmap_size = {MemoryMapBytes}; PRAGMA secure_delete = ON; " + ConnectionDefaults;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
