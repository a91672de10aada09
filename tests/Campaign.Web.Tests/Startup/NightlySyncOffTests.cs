using Campaign.Importing.Parliament;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Tests.Startup;

/// <summary>The app registers the nightly refresh, and no test host (Development or Production) lets it run.</summary>
public sealed class NightlySyncOffTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task The_test_hosts_have_the_nightly_refresh_off_and_it_has_ended(string environment)
    {
        await using var app = new AppFactory(environment: environment);

        var nightly = app.Services.GetRequiredService<NightlyMembersSync>();

        Assert.Contains(nightly, app.Services.GetServices<IHostedService>());
        Assert.False(app.Services.GetRequiredService<IOptions<NightlyMembersSyncOptions>>().Value.Nightly);
        await nightly.ExecuteTask!.WaitAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
