using Campaign.Data.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Data;

public static class CampaignDatabase
{
    public const string DefaultConnectionString = "Data Source=App_Data/campaign.db";

    /// <summary>The configuration key naming the provider (<c>Sqlite</c>, the default, or <c>Postgres</c>).</summary>
    public const string ProviderSetting = "Database:Provider";

    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : EnumText.TryParse<DatabaseProvider>(value, out var provider) ? provider
        : value.Trim().Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres
        : throw new InvalidOperationException($"{ProviderSetting} must be Sqlite or Postgres, not \"{value}\".");

    /// <summary>
    /// Registers the context factory. A relative SQLite path is taken from <paramref name="baseDirectory"/> and its folder
    /// created, so a fresh clone runs without set-up; PostgreSQL needs a connection string.
    /// </summary>
    public static IServiceCollection AddCampaignDatabase(this IServiceCollection services, DatabaseProvider provider, string? connectionString, string baseDirectory)
    {
        var resolved = provider switch
        {
            DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"{ProviderSetting} is Postgres, so ConnectionStrings:Campaign must name the server and database.")
                : connectionString,
            _ => ResolveSqlitePath(connectionString ?? DefaultConnectionString, baseDirectory),
        };
        services.AddDbContextFactory<CampaignDbContext, CampaignDbContextFactory>(options => Configure(options, provider, resolved));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PostgresQueryExtension());
            return;
        }
        options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmaInterceptor());
    }

    /// <summary>
    /// The context for these options: the class picks the migrations, which EF finds by context type (SQLite's belong to
    /// <see cref="CampaignDbContext"/>, PostgreSQL's to <see cref="PostgresCampaignDbContext"/>).
    /// </summary>
    public static CampaignDbContext CreateContext(DbContextOptions<CampaignDbContext> options, TimeProvider? clock = null) =>
        options.FindExtension<PostgresQueryExtension>() is not null ? new PostgresCampaignDbContext(options, clock) : new CampaignDbContext(options, clock);

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

    /// <summary>Applies migrations; on SQLite also switches the file to write-ahead logging (persistent in the file).</summary>
    public static async Task MigrateAsync(CampaignDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }
}

/// <summary>Creates the context class that matches the configured provider (see <see cref="CampaignDatabase.CreateContext"/>).</summary>
internal sealed class CampaignDbContextFactory(DbContextOptions<CampaignDbContext> options, TimeProvider clock) : IDbContextFactory<CampaignDbContext>
{
    public CampaignDbContext CreateDbContext() => CampaignDatabase.CreateContext(options, clock);
}
