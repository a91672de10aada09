using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Data;

public static class SharedDataProtection
{
    /// <summary>Fixed, so that instances installed in different folders still share one key ring.</summary>
    public const string ApplicationName = "Campaign";

    /// <summary>
    /// Keeps the Data Protection key ring in the campaign database, so a cookie issued by one app instance is honoured by
    /// all. Needs the scoped <see cref="CampaignDbContext"/> that <see cref="CampaignCoreServices.AddCampaignCore"/> registers.
    /// </summary>
    public static IDataProtectionBuilder AddSharedDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<CampaignDbContext>();
}
