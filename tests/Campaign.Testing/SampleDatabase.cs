using Campaign.Data;
using Campaign.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

/// <summary>
/// The sample campaign in a test database. Seeding takes about a second; copying a file takes milliseconds, so the
/// sample is seeded once per test run and copied into each test's database. The copy is byte for byte what the
/// seeder writes (with the default fixed clock), on the real SQLite provider.
/// </summary>
public static class SampleDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Fills a new, unused test database (default clock) with the sample campaign.</summary>
    public static async Task FillAsync(TestDatabase database)
    {
        var template = await Template.Value;
        var path = PathOf(database.ConnectionString);
        using (var connection = new SqliteConnection(database.ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(path + suffix);
        File.Copy(template, path, overwrite: true);
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await FillAsync(database);
        return database;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await new SampleCampaignSeeder(database, database.Clock).SeedAsync(Samples.IpemFolder);
        await using (var db = database.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        using (var connection = new SqliteConnection(database.ConnectionString)) SqliteConnection.ClearPool(connection);
        var template = Path.Combine(Path.GetTempPath(), $"campaign-sample-template-{Guid.NewGuid():N}.db");
        File.Copy(PathOf(database.ConnectionString), template);
        await database.DisposeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }

    private static string PathOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
