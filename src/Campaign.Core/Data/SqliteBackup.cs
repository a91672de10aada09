using Microsoft.Data.Sqlite;

namespace Campaign.Data;

/// <summary>What a backup wrote: the file, its size and the rows of each table.</summary>
public sealed record BackupResult(string Path, long Bytes, IReadOnlyList<(string Table, long Rows)> Tables)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// An online backup of a SQLite campaign database with SQLite's backup API: the copy is one consistent snapshot
/// (a read transaction on the source), taken while the app keeps reading and writing.
/// </summary>
public static class SqliteBackup
{
    public static async Task<BackupResult> BackupAsync(string sourceConnectionString, string targetPath, bool overwrite, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(targetPath);
        var source = new SqliteConnectionStringBuilder(sourceConnectionString);
        if (!File.Exists(source.DataSource))
            throw new FileNotFoundException($"There is no database at {source.DataSource}.", source.DataSource);
        RefuseTargetNextToDatabase(RealPath(source.DataSource), RealPath(target));
        if (File.Exists(target) && !overwrite)
            throw new IOException($"{target} already exists; choose another name, or pass --overwrite to replace it.");

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and renamed at the end, so a failed backup never leaves a half file under the name.
        var partial = target + ".partial";
        File.Delete(partial);
        source.Mode = SqliteOpenMode.ReadWrite; // read-only connections cannot always open a WAL file
        source.DefaultTimeout = SqlitePragmaInterceptor.BusyTimeoutMilliseconds / 1000;
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            // The copy is written with full syncs: a backup is only worth having if it survives a power cut.
            await using (var full = to.CreateCommand())
            {
                full.CommandText = "PRAGMA synchronous = FULL;";
                await full.ExecuteNonQueryAsync(cancellationToken);
            }
            from.BackupDatabase(to);
            // A standalone file: no -wal beside it to forget when copying it back.
            await using var journal = to.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode = DELETE;";
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }
        File.Move(partial, target, overwrite);
        return new BackupResult(target, new FileInfo(target).Length, await CountRowsAsync(target, cancellationToken));
    }

    /// <summary>
    /// Not in the database's own folder: there a backup could replace (or pass for) the live file or its -wal and -shm, and
    /// one disk failure would take both. The caller resolves links; case is ignored, as some file systems do.
    /// </summary>
    private static void RefuseTargetNextToDatabase(string database, string target)
    {
        var folder = Path.GetDirectoryName(database)!;
        if (string.Equals(Path.GetDirectoryName(target), folder, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Choose a folder other than the database's own ({folder}) for the backup.");
    }

    /// <summary>The path with every symbolic link along it followed (the parts that do not exist yet kept as given).</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            // A link may point at another link: follow to the end (a loop throws, which refuses the backup).
            if (info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } linked) next = RealPath(linked.FullName);
            resolved = next;
        }
        return resolved;
    }

    /// <summary>Rows per table of a database file, opened read-only: also proves the file opens and reads.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CountRowsAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        }
        var counts = new List<(string, long)>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"")}\";";
            counts.Add((table, (long)(await count.ExecuteScalarAsync(cancellationToken))!));
        }
        return counts;
    }
}
