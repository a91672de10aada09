using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Monitor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Monitor;

public sealed class MonitorsPanelTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly FakeHansard _hansard = new();
    private int _campaignId;

    /// <summary>Hansard as a run sees it: what it finds, and optionally a wait until the test (or a cancel) lets it go.</summary>
    private sealed class FakeHansard : IMonitorSource
    {
        public TaskCompletionSource? Gate { get; set; }
        public List<SourceHit> Hits { get; } = [];
        public MonitorSource Source => MonitorSource.Hansard;

        public async Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken)
        {
            tally.Requested();
            if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
            tally.Found(Hits.Count);
            return Hits;
        }
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<MonitorInbox>();
        Services.AddSingleton<MonitorService>();
        Services.AddTransient<MonitorRunner>();
        Services.AddSingleton<IMonitorSource>(_hansard);
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        builder.TestActorUsers();
        db.ParliamentMonitors.Add(new ParliamentMonitor
        {
            Campaign = campaign, Name = "Clinical technologists", Phrases = ["clinical technologist"], Sources = [nameof(MonitorSource.Hansard)],
            StartDate = new DateOnly(2026, 1, 1),
        });
        await builder.SaveAsync();
        _campaignId = campaign.Id;
    }

    private IRenderedComponent<MonitorPage> RenderPage()
    {
        RenderPopoverProvider();
        var cut = Render<MonitorPage>();
        cut.WaitForAssertion(() => Assert.Contains("Clinical technologists", cut.Find("[aria-label=Monitors]").TextContent), Wait);
        return cut;
    }

    [Fact]
    public void Run_now_adds_what_it_found_to_the_inbox_and_says_so()
    {
        _hansard.Hits.Add(new SourceHit(MonitorSource.Hansard, "c-77", 4001, "Gwen Hughes", House.Commons, "Allied health professions",
            "We should register every clinical technologist.", new DateOnly(2026, 11, 30), "https://hansard.parliament.uk/c-77"));
        var cut = RenderPage();
        Assert.Contains("Nothing new.", cut.Markup);

        cut.Find("button[aria-label='Run now: Clinical technologists']").Click();

        cut.WaitForAssertion(() => Assert.Contains("1 new item", cut.Find("[role=status].mud-alert").TextContent), Wait);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        Assert.Contains("Allied health professions", cut.Find("[data-testid=monitor-item]").TextContent);
        Assert.Contains("Hansard 1", cut.Markup);
    }

    [Fact]
    public async Task A_run_shows_its_progress_and_cancel_stops_it_writing_nothing()
    {
        _hansard.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hansard.Hits.Add(new SourceHit(MonitorSource.Hansard, "c-78", null, null, null, "Never written", "clinical technologist", new DateOnly(2026, 11, 30), "https://example.org"));
        var cut = RenderPage();

        cut.Find("button[aria-label='Run now: Clinical technologists']").Click();

        cut.WaitForAssertion(() => Assert.Contains("0 of 1 sources searched", cut.Find("[data-testid=monitor-run-progress]").TextContent), Wait);
        Assert.True(cut.Find("button[aria-label='Run now: Clinical technologists']").HasAttribute("disabled"));
        cut.FindAll("[data-testid=monitor-run-progress] button").Single(b => b.TextContent.Contains("Cancel")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Cancelled: nothing was changed.", cut.Find("[role=alert].mud-alert").TextContent), Wait);
        Assert.Empty(cut.FindAll("[data-testid=monitor-run-progress]"));
        Assert.Equal(0, await Database.WithContextAsync(db => db.MonitorItems.CountAsync()));
    }

    [Fact]
    public async Task The_monitor_form_shows_the_services_field_errors_then_adds_the_monitor()
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderPage();

        cut.FindAll("button").Single(b => b.TextContent.Contains("New monitor")).Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#monitor-form")), Wait);
        dialogs.Find("#monitor-form input").Change("Scientists");
        await dialogs.Find("#monitor-form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.Contains("Enter at least one phrase to look for", dialogs.Markup), Wait);
        dialogs.Find("#monitor-form textarea").Change("healthcare scientist\nclinical scientist");
        await dialogs.Find("#monitor-form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Scientists", cut.Find("[aria-label=Monitors]").TextContent), Wait);
        Assert.Contains("“healthcare scientist”, “clinical scientist”", cut.Markup);
        var saved = await Database.WithContextAsync(db => db.ParliamentMonitors.AsNoTracking().SingleAsync(m => m.Name == "Scientists"));
        Assert.Equal(_campaignId, saved.CampaignId);
        Assert.Equal(Enum.GetNames<MonitorSource>().Length, saved.Sources.Count);
    }
}
