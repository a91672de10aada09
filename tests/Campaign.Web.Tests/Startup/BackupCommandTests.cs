using Microsoft.Data.Sqlite;

namespace Campaign.Web.Tests.Startup;

/// <summary><c>dotnet run --project src/Campaign.Web -- backup PATH [--overwrite]</c> on the running app's database.</summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    // Not beside the database (the temporary folder): backups there are refused.
    private readonly string _target = Path.Combine(Path.GetTempPath(), $"campaign-web-backups-{Guid.NewGuid():N}", "campaign.db");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_target)!, recursive: true);
    }

    [Fact]
    public async Task Copies_the_database_and_refuses_to_overwrite_unless_told()
    {
        Assert.Equal(0, await StartupTasks.BackupAsync(_app.Services, _target, overwrite: false));
        await using (var copy = new SqliteConnection($"Data Source={_target};Mode=ReadOnly;Pooling=False"))
        {
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM \"Stakeholders\"";
            Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
        }
        var written = File.GetLastWriteTimeUtc(_target);

        Assert.Equal(1, await StartupTasks.BackupAsync(_app.Services, _target, overwrite: false));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_target));
        Assert.Equal(0, await StartupTasks.BackupAsync(_app.Services, _target, overwrite: true));
    }
}
