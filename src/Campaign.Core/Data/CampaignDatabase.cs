using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Data;

public static class CampaignDatabase
{
    public const string DefaultConnectionString = "Data Source=App_Data/campaign.db";

    /// <summary>
    /// Registers the context factory on SQLite. A relative file path is taken from <paramref name="baseDirectory"/>
    /// (the app's content root) and its folder is created, so a fresh clone runs without set-up.
    /// </summary>
    public static IServiceCollection AddCampaignDatabase(this IServiceCollection services, string? connectionString, string baseDirectory)
    {
        var resolved = ResolveSqlitePath(connectionString ?? DefaultConnectionString, baseDirectory);
        services.AddDbContextFactory<CampaignDbContext>(options => Configure(options, resolved));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmaInterceptor());

    public static string ResolveSqlitePath(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return builder.ToString();

        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }

    /// <summary>Applies migrations and switches the file to write-ahead logging (persistent in the file).</summary>
    public static async Task MigrateAsync(CampaignDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }
}
