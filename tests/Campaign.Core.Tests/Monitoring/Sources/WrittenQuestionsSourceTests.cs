using System.Diagnostics;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring.Sources;

public sealed class WrittenQuestionsSourceTests : SourceFixture
{
    [Fact]
    public async Task Every_page_is_read()
    {
        Api.AddGenerated(45, Since);

        var (hits, tally) = await SearchAsync<WrittenQuestionsSource>();

        Assert.Equal(45, hits.Select(h => h.SourceId).Distinct().Count());
        Assert.Equal(3, Api.Count("/questions/api/writtenquestions/questions"));
        Assert.Equal(45, tally.Items);
    }

    [Fact]
    public async Task A_question_carries_its_asker_and_later_its_answer()
    {
        var question = new FakeQuestion(1234567, "HL4567", "Lords", new DateOnly(2025, 2, 3), 4321, "Lord Patel",
            "Clinical Technologists: Regulation", "To ask His Majesty's Government whether clinical technologists will be regulated.",
            "Department of Health and Social Care");
        Api.WrittenQuestions.Add(question);
        Api.WrittenQuestions.Add(question with { Id = 1, Uin = "HL1", AskingMemberId = null, AskingMemberName = null, Heading = "Clinical technologist posts" });

        var (before, _) = await SearchAsync<WrittenQuestionsSource>();
        question.Answered = new DateOnly(2025, 2, 17);
        question.AnswerText = "<p>The Government has <strong>no plans</strong> to do so.</p>";
        var (after, _) = await SearchAsync<WrittenQuestionsSource>();

        var asked = before.Single(h => h.SourceId == "1234567");
        Assert.Equal(new SourceHit(MonitorSource.WrittenQuestions, "1234567", 4321, "Lord Patel", House.Lords, "Clinical Technologists: Regulation",
            "To ask His Majesty's Government whether clinical technologists will be regulated.", new DateOnly(2025, 2, 3),
            "https://questions-statements.parliament.uk/written-questions/detail/2025-02-03/HL4567") { Reference = "HL4567" }, asked);
        var answered = after.Single(h => h.SourceId == "1234567");
        Assert.Equal(("Department of Health and Social Care", "The Government has no plans to do so.", new DateOnly(2025, 2, 17)),
            (answered.AnsweringBody!, answered.AnswerText!, answered.AnsweredOn!.Value));
        var anonymous = before.Single(h => h.SourceId == "1");
        Assert.Equal((null, null), (anonymous.MemberId, anonymous.MemberName));
    }

    [Fact]
    public async Task Too_many_requests_waits_at_most_the_cap_and_completes()
    {
        Api.AddGenerated(45, Since);
        Api.Inject(new Fault(FaultKind.Status) { Status = 429, RetryAfter = "5", Where = FakeParliamentMonitorApis.On(FakeParliamentMonitorApis.Questions) });
        var watch = Stopwatch.StartNew();

        var (hits, _) = await SearchAsync<WrittenQuestionsSource>();

        Assert.Equal(45, hits.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public Task Broken_JSON_names_the_Written_Questions_API() =>
        AssertBrokenJsonNamesTheApiAsync<WrittenQuestionsSource>(FakeParliamentMonitorApis.Questions, "Written Questions API");

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        Api.AddGenerated(45, Since);
        await AssertCancellationHonouredAsync<WrittenQuestionsSource>();
    }
}
