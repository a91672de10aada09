using Campaign.Data;
using Campaign.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

public sealed class SqliteBackupTests : DatabaseTest
{
    private const string SqliteOnly = "SQLite only: PostgreSQL is backed up with pg_dump.";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"campaign-backup-{Guid.NewGuid():N}");

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string Target(string name = "campaign-backup.db") => Path.Combine(_folder, name);

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_is_a_consistent_database_with_every_committed_row()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        // Some 32 MB of pages, so that copying takes long enough for the writer to commit meanwhile.
        await Database.WithContextAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE ballast (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 32) INSERT INTO ballast SELECT randomblob(1048576) FROM n;"));
        using var stop = new CancellationTokenSource();
        var committed = 0;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A writer as the running app would be: its own connection, one committed row at a time.
        var writer = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection(Database.ConnectionString + ";Default Timeout=30");
            await connection.OpenAsync();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO \"Tags\" (\"Name\") VALUES ($name)";
                insert.Parameters.AddWithValue("$name", $"written-{i:D6}");
                await insert.ExecuteNonQueryAsync();
                Interlocked.Exchange(ref committed, i + 1);
                if (i == 200) started.TrySetResult();
            }
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var before = Volatile.Read(ref committed);
        var result = await SqliteBackup.BackupAsync(Database.ConnectionString, Target(), overwrite: false);
        var after = Volatile.Read(ref committed);
        await Task.Delay(50);
        await stop.CancelAsync();
        await writer;

        Assert.True(after > before, $"the writer kept committing while the backup ran: {before} then {after}, {result.Bytes} bytes");
        await using var copy = new SqliteConnection($"Data Source={result.Path};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        Assert.Equal("ok", await ScalarAsync<string>(copy, "PRAGMA integrity_check"));
        Assert.Equal("delete", await ScalarAsync<string>(copy, "PRAGMA journal_mode"));
        var names = await ListAsync(copy, "SELECT \"Name\" FROM \"Tags\" WHERE \"Name\" LIKE 'written-%' ORDER BY \"Name\"");
        // One snapshot: every row committed before it, and no gaps (a torn copy would miss some in the middle).
        Assert.InRange(names.Count, before, after + 1);
        Assert.Equal(Enumerable.Range(0, names.Count).Select(i => $"written-{i:D6}"), names);
        Assert.Equal(new FileInfo(result.Path).Length, result.Bytes);
        Assert.Contains(result.Tables, t => t.Table == "Stakeholders" && t.Rows > 0);
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_overwrite_is_asked_for()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Target(), "precious");

        await Assert.ThrowsAsync<IOException>(() => SqliteBackup.BackupAsync(Database.ConnectionString, Target(), overwrite: false));
        Assert.Equal("precious", await File.ReadAllTextAsync(Target()));

        var result = await SqliteBackup.BackupAsync(Database.ConnectionString, Target(), overwrite: true);
        Assert.True(result.TotalRows > 0);
        Assert.False(File.Exists(Target() + ".partial"));
    }

    [Fact]
    public async Task The_database_itself_is_never_the_target()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        var path = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBackup.BackupAsync(Database.ConnectionString, path, overwrite: true));
    }

    [Theory]
    [InlineData("-wal")]
    [InlineData("-shm")]
    [InlineData(".backup")]
    public async Task Nothing_is_written_into_the_databases_own_folder(string suffix)
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        var path = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBackup.BackupAsync(Database.ConnectionString, path + suffix, overwrite: true));

        Assert.Contains("Choose a folder other than the database's own", refused.Message);
    }

    [Fact]
    public async Task A_link_or_another_case_that_leads_to_the_databases_folder_is_refused()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        var path = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
        Directory.CreateDirectory(_folder);
        var link = Path.Combine(_folder, "to-database-folder");
        Directory.CreateSymbolicLink(link, Path.GetDirectoryName(path)!);
        var fileLink = Path.Combine(_folder, "backup-link.db");
        File.CreateSymbolicLink(fileLink, path + "-wal");

        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBackup.BackupAsync(Database.ConnectionString, Path.Combine(link, "copy.db"), overwrite: true));
        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteBackup.BackupAsync(Database.ConnectionString, fileLink, overwrite: true));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SqliteBackup.BackupAsync(Database.ConnectionString, Path.Combine(Path.GetDirectoryName(path)!.ToUpperInvariant(), "copy.db"), overwrite: true));
    }

    [Fact]
    public async Task Restoring_as_the_README_says_brings_the_data_back()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, SqliteOnly);
        var stakeholders = await Database.WithContextAsync(db => db.Stakeholders.CountAsync());
        var result = await SqliteBackup.BackupAsync(Database.ConnectionString, Target(), overwrite: false);
        await Database.WithContextAsync(db => db.Stakeholders.ExecuteDeleteAsync());

        // README: stop the app, delete the -wal and -shm files, copy the backup over the database file, start the app.
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(path + suffix);
        File.Copy(result.Path, path, overwrite: true);

        await using var db = Database.CreateDbContext();
        await CampaignDatabase.MigrateAsync(db); // what start-up does
        Assert.Equal(stakeholders, await db.Stakeholders.CountAsync());
        Assert.Equal("wal", Assert.Single(await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()));
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
