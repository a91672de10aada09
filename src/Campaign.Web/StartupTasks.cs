using Campaign.Data;
using Campaign.Importing;
using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaign.Web;

public sealed class StartupOptions
{
    public const string Section = "Campaign";

    /// <summary>
    /// In Development, seed the sample campaign into an empty database on start-up. Outside Development the sample is
    /// only ever seeded when asked for on the command line (<c>seed-sample</c>), whatever this says.
    /// </summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>Folder of the sample campaign files; relative paths are taken from the app's folder.</summary>
    public string SampleDataPath { get; set; } = "samples/ipem";
}

public static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IHostEnvironment environment, ILogger logger)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CampaignDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
            await CampaignDatabase.MigrateAsync(db);
        // Load (or, on a new database, create) the shared key ring now: an instance started later then reads this
        // key instead of creating its own, so cookies from either instance are good on both from the first request.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Campaign.Startup").Protect([1]);

        if (!environment.IsDevelopment())
        {
            // A database first opened in Development keeps its demo accounts and their published password.
            foreach (var email in await DemoUsers.DisableAsync(services))
                logger.LogWarning("Disabled {Email}: its password is the published demo password. An administrator can reset it at /admin/users.", email);
            return;
        }

        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        if (!options.SeedSampleData) return;
        await SeedSampleAsync(services, logger);
        var demo = await DemoUsers.EnsureAsync(services);
        services.GetRequiredService<DemoAccounts>().Users = demo;
        logger.LogInformation("Demo sign-in (Development only), password \"{Password}\": {Users}",
            DemoUsers.Password, string.Join(", ", demo.Select(d => $"{d.Email} ({d.Role})")));
    }

    /// <summary>
    /// The sample campaign into an empty database (nothing if it has a campaign). No demo accounts: outside
    /// Development nobody can sign in until <c>create-admin</c> makes an administrator.
    /// </summary>
    public static async Task<bool> SeedSampleAsync(IServiceProvider services, ILogger logger)
    {
        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        var folder = Path.IsPathRooted(options.SampleDataPath) ? options.SampleDataPath : Path.Combine(AppContext.BaseDirectory, options.SampleDataPath);
        var seeded = await services.GetRequiredService<SampleCampaignSeeder>().SeedAsync(folder);
        if (seeded) logger.LogInformation("Seeded the sample campaign from {Folder}", folder);
        else logger.LogInformation("The database already holds a campaign: the sample was not seeded");
        return seeded;
    }

    /// <summary>
    /// <c>dotnet run --project src/Campaign.Web -- backup PATH [--overwrite]</c>: an online copy of the SQLite
    /// database, consistent while the app keeps running. PostgreSQL is backed up with pg_dump instead.
    /// </summary>
    public static async Task<int> BackupAsync(IServiceProvider services, string path, bool overwrite)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContextAsync();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("This app runs on PostgreSQL: back it up with pg_dump, e.g.");
            await Console.Error.WriteLineAsync("  pg_dump --format=custom --file=campaign.dump \"host=HOST port=PORT dbname=DATABASE user=USER\"");
            await Console.Error.WriteLineAsync("and restore with pg_restore (see README, \"Running for a team\").");
            return 2;
        }
        try
        {
            var source = db.Database.GetConnectionString()!;
            var result = await SqliteBackup.BackupAsync(source, path, overwrite);
            var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            Console.WriteLine(string.Create(culture, $"Backed up to {result.Path}: {result.Bytes:N0} bytes, {result.TotalRows:N0} rows in {result.Tables.Count} tables."));
            foreach (var (table, rows) in result.Tables.Where(t => t.Rows > 0))
                Console.WriteLine(string.Create(culture, $"  {table,-32} {rows,10:N0}"));
            var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(source).DataSource;
            Console.WriteLine($"To restore: stop the app, delete {database}-wal and {database}-shm if present, copy {result.Path} to {database}, start the app.");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("Backup failed: " + ex.Message);
            return 1;
        }
    }

    /// <summary><c>dotnet run --project src/Campaign.Web -- create-admin EMAIL</c>: prints a one-time password.</summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string email)
    {
        var result = await services.GetRequiredService<UserAdministration>().CreateFirstAdminAsync(email);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Could not create the administrator: " + string.Join(" ", result.Errors));
            return 1;
        }
        Console.WriteLine($"Administrator {email} created.");
        Console.WriteLine($"One-time password: {result.OneTimePassword}");
        Console.WriteLine("Sign in with it; you will be asked to choose a new password. It is not shown again.");
        return 0;
    }
}
