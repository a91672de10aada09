using Campaign.Data.Postgres;
using Microsoft.EntityFrameworkCore.Design;

namespace Campaign.Data;

/// <summary>
/// Lets dotnet-ef build the SQLite context without starting the web app (<c>--context CampaignDbContext</c>,
/// migrations in Data/Migrations).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CampaignDbContext>
{
    public CampaignDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new CampaignDbContext(options.Options);
    }
}

/// <summary>
/// The PostgreSQL context for dotnet-ef (<c>--context PostgresCampaignDbContext</c>, migrations in Data/PostgresMigrations).
/// Adding a migration needs no server; <c>database update</c> uses CAMPAIGN_POSTGRES_CONNECTION if set.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresCampaignDbContext>
{
    public PostgresCampaignDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        var connection = Environment.GetEnvironmentVariable("CAMPAIGN_POSTGRES_CONNECTION") ?? "Host=127.0.0.1;Database=campaign_design;Username=postgres";
        CampaignDatabase.Configure(options, DatabaseProvider.Postgres, connection);
        return new PostgresCampaignDbContext(options.Options);
    }
}
