using Campaign.Data;
using Campaign.Importing;
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
    public static async Task PrepareDatabaseAsync(IServiceProvider services, ILogger logger)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CampaignDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
            await CampaignDatabase.MigrateAsync(db);

        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        if (!options.SeedSampleData) return;

        var folder = Path.IsPathRooted(options.SampleDataPath) ? options.SampleDataPath : Path.Combine(AppContext.BaseDirectory, options.SampleDataPath);
        if (await services.GetRequiredService<SampleCampaignSeeder>().SeedAsync(folder))
            logger.LogInformation("Seeded the sample campaign from {Folder}", folder);
    }
}
