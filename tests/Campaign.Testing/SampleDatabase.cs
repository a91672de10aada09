using Campaign.Data;
using Campaign.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

/// <summary>
/// The sample campaign in a test database. Seeding takes about a second; copying takes milliseconds, so the sample
/// is seeded once per test run and copied into each test's database: byte for byte what the seeder writes (with the
/// default fixed clock), as a file on SQLite and as a template database on PostgreSQL.
/// </summary>
public static class SampleDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Fills a new, unused test database (default clock) with the sample campaign.</summary>
    public static async Task FillAsync(TestDatabase database)
    {
        var template = await Template.Value;
        if (database.DatabaseName is { } name)
        {
            await TestServer.DropAsync(name);
            await TestServer.CreateFromAsync(name, template);
            return;
        }
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
        if (TestDatabase.IsPostgres)
            return await TestServer.CreateTemplateAsync("sample", async connectionString =>
            {
                await TestDatabase.MigrateEmptyAsync(connectionString);
                var template = TestDatabase.Attach(connectionString, TestDatabase.DefaultClock());
                await new SampleCampaignSeeder(template, template.Clock).SeedAsync(Samples.IpemFolder);
            });

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
