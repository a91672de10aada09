using Campaign.Privacy;
using Campaign.Users;
using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Monitoring;

public sealed class MonitorRunnerTests : MonitorFixture
{
    [Fact]
    public async Task A_run_files_what_each_source_found_under_the_member_in_the_directory()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "Every clinical technologist should be registered."));
        Api.WrittenQuestions.Add(Question(501, 4002, "Sam Baines", new DateOnly(2026, 3, 5)));
        Api.Contributions.Add(Speech("c0", 4001, "Diane Abbott", new DateOnly(2025, 12, 1), "Before the monitor's start: a clinical technologist."));

        var result = await RunAsync();

        Assert.Equal(MonitorRunStatus.Ran, result.Status);
        Assert.Equal(2, result.Added);
        var items = await ItemsAsync();
        var speech = Assert.Single(items, i => i.Source == MonitorSource.Hansard);
        Assert.Equal(("c1", Abbott.Id, TriageStatus.New), (speech.SourceId, speech.StakeholderId, speech.Status));
        Assert.StartsWith("https://hansard.parliament.uk/Commons/2026-03-04/debates/ABC-c1/", speech.Url);
        Assert.Equal([Phrase], speech.MatchedPhrases);
        var question = Assert.Single(items, i => i.Source == MonitorSource.WrittenQuestions);
        Assert.Equal(("501", Baines.Id), (question.Reference, question.StakeholderId));
        Assert.Contains("2 new items", result.Message);
    }

    [Fact]
    public async Task A_second_run_repeats_nothing_and_an_answer_given_since_updates_the_question()
    {
        var asked = Question(501, 4002, "Sam Baines", new DateOnly(2026, 3, 5));
        Api.WrittenQuestions.Add(asked);
        await RunAsync();

        asked.Answered = new DateOnly(2026, 3, 20);
        asked.AnswerText = "The Government keeps the regulation of clinical technologists under review.";
        var second = await RunAsync();
        var third = await RunAsync();

        Assert.Equal((0, 1), (second.Added, second.Updated));
        Assert.Equal((0, 0), (third.Added, third.Updated));
        Assert.StartsWith("Nothing new", third.Message);
        var item = Assert.Single(await ItemsAsync());
        Assert.Equal(new DateOnly(2026, 3, 20), item.AnsweredOn);
        Assert.Equal("Answered on 20 Mar 2026", item.LastChange);
        Assert.Contains("under review", item.AnswerText);
    }

    [Fact]
    public async Task Each_signature_of_a_motion_is_an_item_proposing_support_and_new_signatures_arrive_on_later_runs()
    {
        var motion = new FakeMotion(77, "123", new DateOnly(2026, 2, 2), "Registration of clinical technologists", "That this House calls for every clinical technologist to be registered.")
        {
            Signatures = [new FakeSignature(4001, "Diane Abbott", new DateTime(2026, 2, 2), 1)],
        };
        Api.Motions.Add(motion);
        await RunAsync();
        lock (motion.Signatures) motion.Signatures.Add(new FakeSignature(4002, "Sam Baines", new DateTime(2026, 2, 9)));

        var second = await RunAsync();

        Assert.Equal(1, second.Added);
        var items = await ItemsAsync();
        Assert.Equal(["77", "77/4002"], items.Select(i => i.SourceId));
        Assert.All(items, i => Assert.Equal(Stance.Supportive, i.ProposedStance));
        var signature = items[1];
        Assert.Equal((Baines.Id, new DateOnly(2026, 2, 9)), (signature.StakeholderId, signature.Date));
        Assert.StartsWith("Signed EDM 123:", signature.Title);
    }

    [Fact]
    public async Task A_bill_is_tracked_with_its_stages_and_matching_amendments_and_a_new_stage_updates_it()
    {
        var bill = new FakeBill(3001, "Health and Social Care Bill", "A Bill to make provision about clinical technologist registration", "Commons")
        {
            LastUpdate = new DateTime(2026, 4, 1),
            Stages = [new FakeBillStage(90, 6, "2nd reading", "Commons", 2, [new DateOnly(2026, 4, 1)])
                { Amendments = [new FakeAmendment(5, "NC1", "Not moved", "Register every clinical technologist", (4001, "Diane Abbott"))] }],
        };
        Api.BillList.Add(bill);
        await RunAsync();
        bill.Stages.Add(new FakeBillStage(91, 7, "Committee stage", "Commons", 3, [new DateOnly(2026, 5, 1)]));
        bill.LastUpdate = new DateTime(2026, 5, 1);

        var second = await RunAsync();

        Assert.Equal((0, 1), (second.Added, second.Updated));
        await using var db = Database.CreateDbContext();
        var tracked = await db.TrackedBills.Include(b => b.Stages).Include(b => b.Amendments).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["2nd reading", "Committee stage"], tracked.Stages.OrderBy(s => s.SortOrder).Select(s => s.Description));
        Assert.Equal("NC1", Assert.Single(tracked.Amendments).Number);
        var item = Assert.Single(await ItemsAsync());
        Assert.Equal((tracked.Id, "Now at Committee stage"), (item.TrackedBillId, item.LastChange));
    }

    [Fact]
    public async Task A_source_that_fails_writes_nothing_and_the_monitor_says_why()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "A clinical technologist."));
        Api.Inject(new Fault(FaultKind.Truncate) { Where = FakeParliamentMonitorApis.On(FakeParliamentMonitorApis.Edm) });

        var result = await RunAsync();

        Assert.Equal(MonitorRunStatus.Failed, result.Status);
        Assert.StartsWith("Parliament's Early Day Motions API", result.Message);
        Assert.Empty(await ItemsAsync());
        var monitor = Assert.Single(await Harness.Monitors.ListAsync(TestActors.PublicAffairs, Campaign.Id, TestContext.Current.CancellationToken));
        Assert.Equal(result.Message, monitor.LastRunOutcome);
    }

    [Fact]
    public async Task Someone_erased_on_request_is_not_brought_back_by_what_they_said()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "A clinical technologist."));
        await RunAsync();
        var privacy = TestServices.Privacy(Database);
        var erased = await privacy.EraseAsync(TestActors.Admin, Abbott.Id, TestContext.Current.CancellationToken);
        Assert.True(erased.Succeeded);
        Assert.Empty(await ItemsAsync());

        await RunAsync();

        Assert.Empty(await ItemsAsync());
    }

    [Fact]
    public async Task A_subject_access_report_lists_what_the_monitor_copied_under_their_name()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "A clinical technologist."));
        await RunAsync();

        var report = await TestServices.Privacy(Database).SubjectAccessAsync(TestActors.Admin, Abbott.Id, SubjectAccessUse.Viewed, TestContext.Current.CancellationToken);

        var item = Assert.Single(report!.ParliamentItems);
        Assert.Equal((MonitorSource.Hansard, "Healthcare Science Workforce", TriageStatus.New), (item.Source, item.Title, item.Status));
    }

    [Fact]
    public async Task Only_staff_who_import_run_monitors()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Runner().RunAsync(TestActors.Leadership, MonitorId, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_run_reports_its_progress_source_by_source()
    {
        Api.AddGenerated(30, From);
        var reports = new List<MonitorRunProgress>();

        var result = await Harness.Runner().RunAsync(TestActors.PublicAffairs, MonitorId, new Reports(reports), TestContext.Current.CancellationToken);

        Assert.Equal(MonitorRunStatus.Ran, result.Status);
        Assert.Equal(4, result.FoundBySource.Count);
        Assert.Equal(new MonitorRunProgress(0, 4, 0, 0), reports[0]);
        lock (reports) Assert.Equal(4, reports.Max(r => r.SourcesDone));
    }

    /// <summary>Collects reports as they are made (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Reports(List<MonitorRunProgress> reports) : IProgress<MonitorRunProgress>
    {
        public void Report(MonitorRunProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
