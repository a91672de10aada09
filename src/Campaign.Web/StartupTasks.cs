using Campaign.Data;
using Campaign.Importing;
using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaign.Web;

public sealed class StartupOptions
{
    public const string Section = "Campaign";

    /// <summary>Seed the sample campaign into an empty database on start-up.</summary>
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

        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        if (!options.SeedSampleData) return;

        var folder = Path.IsPathRooted(options.SampleDataPath) ? options.SampleDataPath : Path.Combine(AppContext.BaseDirectory, options.SampleDataPath);
        if (await services.GetRequiredService<SampleCampaignSeeder>().SeedAsync(folder))
            logger.LogInformation("Seeded the sample campaign from {Folder}", folder);

        if (environment.IsDevelopment())
        {
            var demo = await DemoUsers.EnsureAsync(services);
            services.GetRequiredService<DemoAccounts>().Users = demo;
            logger.LogInformation("Demo sign-in (Development only), password \"{Password}\": {Users}",
                DemoUsers.Password, string.Join(", ", demo.Select(d => $"{d.Email} ({d.Role})")));
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
