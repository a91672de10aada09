using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Testing;

namespace Campaign.Core.Tests.Monitoring;

public sealed class MonitorServiceTests : MonitorFixture
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_monitor_with_no_phrase_no_source_or_a_taken_name_is_refused_field_by_field()
    {
        var existing = (await Harness.Monitors.ListAsync(TestActors.PublicAffairs, Campaign.Id, Token))[0];

        var saved = await Harness.Monitors.CreateAsync(TestActors.PublicAffairs,
            new MonitorEditModel { CampaignId = Campaign.Id, Name = existing.Name, Phrases = " \n \"\" ", Sources = [], StartDate = null }, Token);

        Assert.Equal(["Name", "Phrases", "Sources", "StartDate"], saved.Errors.Keys.Order());
        Assert.Contains("already has a monitor called", saved.Errors["Name"][0]);
    }

    [Fact]
    public async Task Editing_keeps_phrases_in_order_without_repeats_and_detects_a_newer_save()
    {
        var model = (await Harness.Monitors.GetForEditAsync(TestActors.PublicAffairs, MonitorId, Token))!;
        model.Phrases = "\"medical physics\"\nclinical technologist\nMedical Physics";
        model.Sources = [MonitorSource.Hansard, MonitorSource.Bills];
        var first = await Harness.Monitors.UpdateAsync(TestActors.PublicAffairs, MonitorId, model, Token);
        var second = await Harness.Monitors.UpdateAsync(TestActors.PublicAffairs, MonitorId, model, Token);

        Assert.True(first.Succeeded);
        Assert.True(second.IsConflict);
        var view = Assert.Single(await Harness.Monitors.ListAsync(TestActors.PublicAffairs, Campaign.Id, Token));
        Assert.Equal(["medical physics", "clinical technologist"], view.Phrases);
        Assert.Equal([MonitorSource.Hansard, MonitorSource.Bills], view.Sources);
    }

    [Fact]
    public async Task Only_the_sources_a_monitor_watches_are_asked()
    {
        var model = (await Harness.Monitors.GetForEditAsync(TestActors.PublicAffairs, MonitorId, Token))!;
        model.Sources = [MonitorSource.WrittenQuestions];
        Assert.True((await Harness.Monitors.UpdateAsync(TestActors.PublicAffairs, MonitorId, model, Token)).Succeeded);

        await RunAsync();

        Assert.All(Api.Requests, r => Assert.StartsWith("/questions", r.Query));
        Assert.NotEmpty(Api.Requests);
    }

    [Fact]
    public async Task The_week_on_the_dashboard_counts_items_of_the_last_seven_days_per_source()
    {
        // The test clock reads 26 November 2026.
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 11, 24), "A clinical technologist."));
        Api.Contributions.Add(Speech("c2", 4001, "Diane Abbott", new DateOnly(2026, 11, 1), "An older clinical technologist."));
        Api.WrittenQuestions.Add(Question(501, 4002, "Sam Baines", new DateOnly(2026, 11, 25)));
        await RunAsync();

        var week = await Harness.Inbox.ThisWeekAsync(TestActors.PublicAffairs, Campaign.Id, Token);

        Assert.Equal(1, week.CountsBySource[MonitorSource.Hansard]);
        Assert.Equal(1, week.CountsBySource[MonitorSource.WrittenQuestions]);
        Assert.Equal(2, week.Newest.Count);
    }
}
