using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring.Sources;

public sealed class EarlyDayMotionsSourceTests : SourceFixture
{
    [Fact]
    public async Task Every_page_is_read_and_every_motion_once()
    {
        Api.AddGenerated(45, Since);

        var (hits, tally) = await SearchAsync<EarlyDayMotionsSource>();

        Assert.Equal(45, hits.Select(h => h.SourceId).Distinct().Count());
        Assert.Equal(3, Api.Count("/edm/EarlyDayMotions/list"));
        Assert.Equal(45, Api.Count("/edm/EarlyDayMotion/"));
        Assert.Equal((48, 45), (tally.Requests, tally.Items));
    }

    [Fact]
    public async Task A_motion_carries_every_signature_and_a_new_one_appears_on_the_next_search()
    {
        var motion = new FakeMotion(61234, "812", new DateOnly(2025, 3, 4), "Regulation of clinical technologists",
            "That this House recognises the work of clinical technologists in the NHS.");
        motion.Signatures.Add(new FakeSignature(4321, "Munira Wilson", new DateTime(2025, 3, 4, 10, 0, 0), 1));
        motion.Signatures.Add(new FakeSignature(4322, "Jim Shannon", new DateTime(2025, 3, 4, 11, 0, 0), 2));
        motion.Signatures.Add(new FakeSignature(4323, "Sarah Owen", new DateTime(2025, 3, 6, 9, 30, 0), null, Withdrawn: true));
        Api.Motions.Add(motion);

        var (first, _) = await SearchAsync<EarlyDayMotionsSource>();
        motion.Signatures.Add(new FakeSignature(4324, "Dr Ben Spencer", new DateTime(2025, 3, 10, 14, 0, 0), 7));
        var (second, _) = await SearchAsync<EarlyDayMotionsSource>();

        var hit = Assert.Single(first);
        Assert.Equal((MonitorSource.EarlyDayMotions, "61234", "812", 4321, "Munira Wilson", House.Commons),
            (hit.Source, hit.SourceId, hit.Reference, hit.MemberId, hit.MemberName, hit.House));
        Assert.Equal(("Regulation of clinical technologists", new DateOnly(2025, 3, 4), "https://edm.parliament.uk/early-day-motion/61234"),
            (hit.Title, hit.Date, hit.Url));
        Assert.Equal(
        [
            new EdmSignature(4321, "Munira Wilson", new DateOnly(2025, 3, 4), true, false),
            new EdmSignature(4322, "Jim Shannon", new DateOnly(2025, 3, 4), true, false),
            new EdmSignature(4323, "Sarah Owen", new DateOnly(2025, 3, 6), false, true),
        ], hit.Signatures);
        Assert.Equal(new EdmSignature(4324, "Dr Ben Spencer", new DateOnly(2025, 3, 10), false, false), Assert.Single(second).Signatures[^1]);
    }

    [Fact]
    public async Task A_server_error_on_a_motion_is_asked_again_and_the_search_completes()
    {
        Api.AddGenerated(5, Since);
        Api.Inject(new Fault(FaultKind.Status) { Status = 503, Where = r => r.Path.StartsWithSegments("/edm/EarlyDayMotion") });

        var (hits, _) = await SearchAsync<EarlyDayMotionsSource>();

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.NotEmpty(h.Signatures));
    }

    [Fact]
    public Task Broken_JSON_names_the_Early_Day_Motions_API() =>
        AssertBrokenJsonNamesTheApiAsync<EarlyDayMotionsSource>(FakeParliamentMonitorApis.Edm, "Early Day Motions API");

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        Api.AddGenerated(45, Since);
        await AssertCancellationHonouredAsync<EarlyDayMotionsSource>();
    }
}
