using Campaign.Importing.Parliament;
using Campaign.Monitoring.Sources;
using Campaign.Testing.Parliament;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Campaign.Core.Tests.Monitoring.Sources;

public sealed class MonitorSourceServicesTests : SourceFixture
{
    [Fact]
    public void Each_source_is_registered_once_as_a_monitor_source_with_Parliaments_addresses_by_default()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddParliamentMonitorSources();
        using var provider = services.BuildServiceProvider();

        Assert.Equal([MonitorSource.Hansard, MonitorSource.WrittenQuestions, MonitorSource.EarlyDayMotions, MonitorSource.Bills],
            provider.GetServices<IMonitorSource>().Select(s => s.Source));
        var options = provider.GetRequiredService<IOptionsMonitor<MonitorSourceOptions>>();
        Assert.Equal(
            ["https://hansard-api.parliament.uk", "https://questions-statements-api.parliament.uk/api", "https://oralquestionsandmotions-api.parliament.uk", "https://bills-api.parliament.uk/api/v1"],
            new[] { MonitorSourceOptions.Hansard, MonitorSourceOptions.WrittenQuestions, MonitorSourceOptions.EarlyDayMotions, MonitorSourceOptions.Bills }
                .Select(section => options.Get(section).BaseUrl));
    }

    [Fact]
    public async Task Every_source_finds_the_generated_items_and_says_who_is_asking()
    {
        Api.AddGenerated(10, Since);
        var tally = new SourceTally();

        foreach (var source in Harness.All())
            Assert.Equal(10, (await source.SearchAsync(FakeParliamentMonitorApis.GeneratedPhrase, Since, tally, TestContext.Current.CancellationToken)).Count);

        Assert.All(Api.Requests, r => Assert.Equal("Campaign/1.0 (+mailto:it@campaign.example)", r.UserAgent));
    }

    [Fact]
    public async Task An_unreachable_API_is_one_sentence_naming_it()
    {
        await using var harness = new MonitorSourcesHarness(new Dictionary<string, string> { [MonitorSourceOptions.EarlyDayMotions] = "http://127.0.0.1:9" });

        var error = await Assert.ThrowsAsync<ParliamentApiException>(() => SearchAsync<EarlyDayMotionsSource>(harness: harness));

        Assert.Equal("Parliament's Early Day Motions API could not be reached (no connection); nothing was changed.", error.Message);
    }

    [Fact]
    public async Task An_API_that_never_answers_times_out_in_one_sentence()
    {
        Api.AddGenerated(3, Since);
        Api.Inject(new Fault(FaultKind.Hang, times: 100) { Where = FakeParliamentMonitorApis.On(FakeParliamentMonitorApis.Hansard) });
        await using var harness = HarnessWith(("Timeout", "00:00:01.5"), ("AttemptTimeout", "00:00:00.4"));

        var error = await Assert.ThrowsAsync<ParliamentApiException>(() => SearchAsync<HansardSource>(harness: harness));

        Assert.Equal("Parliament's Hansard API did not answer within 1.5 s; nothing was changed.", error.Message);
    }
}
