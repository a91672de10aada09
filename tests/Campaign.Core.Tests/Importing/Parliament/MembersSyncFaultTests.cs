using System.Diagnostics;
using System.Net;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>Each fault ends either in a correct sync or in no change at all with one sentence saying what happened.</summary>
public sealed class MembersSyncFaultTests : MembersSyncFixture
{
    public static TheoryData<string> Recoverable() => ["500 then success", "429 with Retry-After: 2", "a page times out once", "the total changes once"];

    [Theory]
    [MemberData(nameof(Recoverable))]
    public async Task A_passing_fault_ends_in_a_correct_sync(string kind)
    {
        Api.Inject(kind switch
        {
            "500 then success" => new Fault(FaultKind.Status) { Status = 500, Where = Fault.LaterPage },
            "429 with Retry-After: 2" => new Fault(FaultKind.Status) { Status = 429, RetryAfter = "2" },
            "a page times out once" => new Fault(FaultKind.Hang) { Where = Fault.LaterPage },
            _ => new Fault(FaultKind.ShiftTotal) { Where = Fault.LaterPage },
        });
        var watch = Stopwatch.StartNew();

        var result = await Harness.Sync().ImportAsync(TestActors.PublicAffairs);

        Assert.Equal(MembersSyncStatus.Imported, result.Status);
        Assert.Equal(CurrentMembers, result.Summary!.New.Count);
        Assert.Equal(1, Api.Count(r => r.Fault is not null));
        Assert.Equal(CurrentMembers, (await CountsAsync()).People);
        // Retry-After: 2 is capped by MaxRetryAfter (100 ms in tests), so the test does not wait the 2 s.
        if (kind.StartsWith("429")) Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    public static TheoryData<string, string> Fatal() => new()
    {
        { "500 every time", "Parliament's Members API answered 500 (Internal Server Error) for the Commons current members, from number 3, also when asked again; nothing was changed." },
        { "a page never answers", "Parliament's Members API did not answer within 1.5 s; nothing was changed." },
        { "truncated JSON", "Parliament's Members API sent a page that is not complete, valid JSON (Lords current members, from number 3); nothing was changed." },
        { "garbage", "Parliament's Members API sent a page that is not a list of members (Lords current members, from number 3); nothing was changed." },
        { "the total keeps changing", "Parliament's Members API changed its list of Commons current members while it was being read, twice; nothing was changed. Try again in a few minutes." },
        { "no network", "Parliament's Members API could not be reached (no connection); nothing was changed." },
    };

    [Theory]
    [MemberData(nameof(Fatal))]
    public async Task A_lasting_fault_changes_nothing_and_says_what_happened_in_one_sentence(string kind, string sentence)
    {
        bool Commons(Microsoft.AspNetCore.Http.HttpRequest r) => r.Query["House"] == "1" && r.Query["IsCurrentMember"] == "true" && r.Query["skip"] == "2";
        bool Lords(Microsoft.AspNetCore.Http.HttpRequest r) => r.Query["House"] == "2" && r.Query["IsCurrentMember"] == "true" && r.Query["skip"] == "2";
        switch (kind)
        {
            case "500 every time": Api.Inject(new Fault(FaultKind.Status, times: 100) { Where = Commons }); break;
            case "a page never answers": Api.Inject(new Fault(FaultKind.Hang, times: 100) { Where = Commons }); break;
            case "truncated JSON": Api.Inject(new Fault(FaultKind.Truncate) { Where = Lords }); break;
            case "garbage": Api.Inject(new Fault(FaultKind.Status) { Status = 200, Where = Lords }); break;
            case "the total keeps changing": Api.Inject(new Fault(FaultKind.ShiftTotal, times: 100) { Where = Commons }); break;
        }
        var closedPort = new MembersSyncHarness(Database, "http://127.0.0.1:9/api");
        await using var harness = kind == "no network" ? closedPort : HarnessWith(("Timeout", "00:00:01.5"), ("AttemptTimeout", "00:00:00.4"));
        var before = await CountsAsync();

        var result = await harness.Sync().ImportAsync(TestActors.PublicAffairs);

        Assert.Equal((MembersSyncStatus.Failed, sentence), (result.Status, result.Message));
        Assert.Equal(before, await CountsAsync());
        if (kind != "no network") await closedPort.DisposeAsync();
    }

    [Fact]
    public async Task A_cancelled_sync_writes_nothing()
    {
        using var cancel = new CancellationTokenSource();
        Api.Latency = TimeSpan.FromMilliseconds(20);
        var progress = new Reporter(p =>
        {
            if (p.PagesFetched >= 3) cancel.Cancel();
        });

        var result = await Harness.Sync().ImportAsync(TestActors.PublicAffairs, progress, cancel.Token);

        Assert.Equal((MembersSyncStatus.Cancelled, "The refresh from Parliament was cancelled; nothing was changed."), (result.Status, result.Message));
        Assert.Equal((0, 0), (await CountsAsync()) is var c ? (c.People, c.Batches) : default);
    }

    [Fact]
    public async Task No_more_than_four_requests_are_in_flight_and_each_names_the_app()
    {
        Api.Members.AddRange(FakeMembers.Generated(40, 40));
        Api.Latency = TimeSpan.FromMilliseconds(40);

        var result = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);

        Assert.Equal(MembersSyncStatus.Previewed, result.Status);
        Assert.Equal(CurrentMembers + 80, result.Summary!.New.Count);
        Assert.InRange(Api.MaxInFlight, 2, 4);
        Assert.True(Api.Count() > 40);
        Assert.All(Api.Requests, r => Assert.Equal("Campaign/1.0 (+mailto:it@campaign.example)", r.UserAgent));
    }

    [Fact]
    public async Task A_page_the_API_says_is_unchanged_is_reused_from_the_last_answer()
    {
        Api.ETags = true;
        var first = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);
        var requestsBefore = Api.Count();

        var second = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);

        var again = Api.Requests.Skip(requestsBefore).ToList();
        Assert.All(again, r => Assert.NotNull(r.IfNoneMatch));
        Assert.Equal((first.Fetched!.Pages, 0L), (second.Fetched!.NotModified, second.Fetched.BytesRead));
        Assert.True(first.Fetched.BytesRead > 0);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal(first.Summary!.New.Select(n => n.MemberId), second.Summary!.New.Select(n => n.MemberId));
    }

    [Fact]
    public void Retry_After_on_429_and_503_is_honoured_up_to_the_cap()
    {
        static HttpResponseMessage Answer(HttpStatusCode status, int seconds)
        {
            var response = new HttpResponseMessage(status);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            return response;
        }

        Assert.Equal(TimeSpan.FromSeconds(2), MembersApiServices.RetryAfter(Answer(HttpStatusCode.TooManyRequests, 2), TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromSeconds(30), MembersApiServices.RetryAfter(Answer(HttpStatusCode.ServiceUnavailable, 120), TimeSpan.FromSeconds(30)));
        Assert.Null(MembersApiServices.RetryAfter(Answer(HttpStatusCode.InternalServerError, 2), TimeSpan.FromSeconds(30)));
        Assert.Null(MembersApiServices.RetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), TimeSpan.FromSeconds(30)));
    }

    private sealed class Reporter(Action<MembersSyncProgress> report) : IProgress<MembersSyncProgress>
    {
        public void Report(MembersSyncProgress value)
        {
            lock (this) report(value);
        }
    }
}
