using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaign.Data;

/// <summary>
/// Sets per-connection pragmas. WAL is persistent in the file (set once at start-up), but busy_timeout
/// and synchronous live on the connection, so every pooled connection gets them when first opened.
/// Memory-mapped reads (up to 256 MB of the file) let every connection read pages from the shared OS cache instead of
/// copying them through its own 2 MB page cache: at ten times the base data the dashboard spent a third of its time
/// in read system calls.
/// secure_delete overwrites deleted content with zeros where it lay (cells in a page, freed pages), so an erased
/// person's old values are not left readable in the database file's free space. It costs writes little (see README).
/// The busy timeout is how long a write waits for another to finish before failing with "database is locked"
/// (Microsoft.Data.Sqlite also retries a busy command until its command timeout, 30 s by default, so both are 30 s).
/// It must be longer than the longest write the app makes, and it is by far: imports and bulk erasure prepare their
/// rows first and hold the lock a few seconds at most (a 100,000-contact import about 3 s on a busy 2-core machine,
/// where it used to hold it 13-27 s, so saves queued behind it came close to failing); the margin covers a slow disk, a
/// checkpoint or a queue of writers, while a write that truly cannot get in still fails within a time a person waits.
/// synchronous=NORMAL is safe under WAL: the database is never corrupted, and a crash of the app loses nothing that
/// committed (the log is in the OS's hands); a power cut or an OS crash may roll back the last few commits, since the
/// log is synced at checkpoints rather than at every commit. A save lost that way is one form the person sees saved;
/// an import is thousands of rows and a "done" they act on, so imports commit with FULL (ImportStage), as backups are
/// written.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;
    public const long MemoryMapBytes = 256L * 1024 * 1024;

    /// <summary>The settings a writer may change for a while (ImportStage), and puts back with this.</summary>
    public const string ConnectionDefaults = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;";

    private const string Pragmas =
        "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 268435456; PRAGMA secure_delete = ON; " + ConnectionDefaults;

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
