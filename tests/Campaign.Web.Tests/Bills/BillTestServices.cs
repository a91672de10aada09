using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Bills;

internal static class BillTestServices
{
    /// <summary>
    /// A BillService over the test database. Its Bills API client comes from the real registration; nothing here calls
    /// Parliament (only adding a bill by hand would).
    /// </summary>
    public static BillService Create(Testing.TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddParliamentMonitorSources();
        var provider = services.BuildServiceProvider();
        return new BillService(database, provider.GetRequiredService<BillsSource>());
    }
}
