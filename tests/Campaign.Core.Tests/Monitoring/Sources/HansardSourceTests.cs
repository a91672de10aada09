using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring.Sources;

public sealed class HansardSourceTests : SourceFixture
{
    [Fact]
    public async Task Every_page_is_read_at_most_four_at_a_time()
    {
        Api.AddGenerated(45, Since);
        Api.Latency = TimeSpan.FromMilliseconds(30);
        await using var harness = HarnessWith(("PageSize", "5"));

        var (hits, tally) = await SearchAsync<HansardSource>(harness: harness);

        Assert.Equal(45, hits.Select(h => h.SourceId).Distinct().Count());
        Assert.Equal(9, Api.Count("/hansard/search/contributions/Spoken.json"));
        Assert.Equal((9, 45), (tally.Requests, tally.Items));
        Assert.InRange(Api.MaxInFlight, 2, 4);
    }

    [Fact]
    public async Task A_contribution_is_mapped_with_its_member_plain_text_and_link()
    {
        Api.Contributions.Add(new FakeContribution("ABC-123", 4321, "Lord Patel", "Lords", new DateOnly(2025, 3, 12),
            "NHS Workforce: Clinical Technologists", "DEB-9", "My Lords, clinical technologists & physicists keep the NHS's machines safe."));
        Api.Contributions.Add(new FakeContribution("OLD-1", 4321, "Lord Patel", "Lords", new DateOnly(2024, 12, 1), "Old", "DEB-1", "clinical technologist"));
        Api.Contributions.Add(new FakeContribution("OTHER-1", 4321, "Lord Patel", "Lords", new DateOnly(2025, 3, 12), "Other", "DEB-2", "Nothing relevant."));

        var (hits, _) = await SearchAsync<HansardSource>("Clinical Technologist");

        var hit = Assert.Single(hits);
        Assert.Equal(new SourceHit(MonitorSource.Hansard, "ABC-123", 4321, "Lord Patel", House.Lords, "NHS Workforce: Clinical Technologists",
            "My Lords, clinical technologists & physicists keep the NHS's machines safe.", new DateOnly(2025, 3, 12),
            "https://hansard.parliament.uk/Lords/2025-03-12/debates/DEB-9/NHSWorkforceClinicalTechnologists#contribution-ABC-123"), hit);
    }

    [Fact]
    public async Task A_server_error_is_asked_again_and_the_search_completes()
    {
        Api.AddGenerated(45, Since);
        Api.Inject(new Fault(FaultKind.Status) { Status = 500, Where = FakeParliamentMonitorApis.On(FakeParliamentMonitorApis.Hansard, laterPagesOnly: true) });

        var (hits, _) = await SearchAsync<HansardSource>();

        Assert.Equal(45, hits.Count);
        Assert.Equal(4, Api.Count("/hansard/"));
    }

    [Fact]
    public Task Broken_JSON_names_the_Hansard_API() => AssertBrokenJsonNamesTheApiAsync<HansardSource>(FakeParliamentMonitorApis.Hansard, "Hansard API");

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        Api.AddGenerated(45, Since);
        await AssertCancellationHonouredAsync<HansardSource>();
    }
}
