using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Campaign.Data;

/// <summary>Lets dotnet-ef build the context without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CampaignDbContext>
{
    public CampaignDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, "Data Source=design-time.db");
        return new CampaignDbContext(options.Options);
    }
}
