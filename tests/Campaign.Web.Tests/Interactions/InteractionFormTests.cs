using Campaign.Campaigns;
using Campaign.Common;
using Campaign.Engagements;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Interactions;

public sealed class InteractionFormTests : MudTestContext
{
    private int _campaignId;
    private StakeholderSuggestion _adams = null!;
    private IReadOnlyList<AskView> _asks = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        b.TestActorUsers();
        var adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Bristol Central"; });
        await b.SaveAsync();
        _campaignId = campaign.Id;
        _adams = new StakeholderSuggestion(adams.Id, adams.DisplayName, adams.Kind, adams.Constituency);
        _asks = campaign.Asks.Select(a => new AskView(a.Id, a.Code, a.Title, a.Description)).ToList();
    }

    private IRenderedComponent<InteractionForm> RenderForm(InteractionEditModel model, Action<int>? saved = null)
    {
        RenderPopoverProvider();
        var service = Services.GetRequiredService<InteractionService>();
        return Render<InteractionForm>(p => p
            .Add(f => f.Model, model)
            .Add(f => f.InitialAttendees, [_adams])
            .Add(f => f.Asks, _asks)
            .Add(f => f.Actor, TestActors.PublicAffairs)
            .Add(f => f.OnSave, m => service.LogAsync(TestActors.PublicAffairs, m))
            .Add(f => f.OnSaved, id => saved?.Invoke(id)));
    }

    private Task<int> SavedInteractions() => Database.WithContextAsync(db => db.Interactions.CountAsync());

    [Fact]
    public async Task Without_an_attendee_the_message_shows_at_the_attendee_field_and_nothing_is_saved()
    {
        var cut = RenderForm(new InteractionEditModel { CampaignId = _campaignId, OccurredAt = new DateTime(2026, 11, 20, 10, 0, 0) });

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Add at least one attendee.", cut.Markup));
        Assert.Contains("Nothing was saved", cut.Markup);
        Assert.Equal(0, await SavedInteractions());
    }

    [Fact]
    public async Task A_follow_up_without_a_title_is_marked_at_its_row()
    {
        var cut = RenderForm(new InteractionEditModel { CampaignId = _campaignId, OccurredAt = new DateTime(2026, 11, 20, 10, 0, 0), AttendeeIds = [_adams.Id] });
        cut.FindAll("button").Single(b => b.TextContent.Contains("Add a follow-up")).Click();

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Say what needs doing.", cut.Markup));
        Assert.Equal(0, await SavedInteractions());
    }

    [Fact]
    public async Task A_valid_log_is_saved_with_a_suggested_title()
    {
        int? savedId = null;
        var cut = RenderForm(new InteractionEditModel { CampaignId = _campaignId, OccurredAt = new DateTime(2026, 11, 20, 10, 0, 0), AttendeeIds = [_adams.Id] },
            id => savedId = id);

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(savedId));
        Assert.Equal("Meeting with Alice Adams", await Database.WithContextAsync(db => db.Interactions.Select(i => i.Title).SingleAsync()));
    }

    [Fact]
    public void Stance_inputs_appear_for_each_attendee_and_ask_with_short_labels()
    {
        var cut = RenderForm(new InteractionEditModel { CampaignId = _campaignId, OccurredAt = new DateTime(2026, 11, 20, 10, 0, 0), AttendeeIds = [_adams.Id] });

        Assert.Contains("Registration stance", cut.Markup);
        Assert.Contains("PGD stance", cut.Markup);
    }

    [Fact]
    public async Task A_save_that_throws_keeps_the_meeting_as_typed_with_its_follow_up_and_saves_when_tried_again()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("The save failed (test)"));
        int? savedId = null;
        var cut = RenderForm(new InteractionEditModel { CampaignId = _campaignId, OccurredAt = new DateTime(2026, 11, 20, 10, 0, 0), AttendeeIds = [_adams.Id] },
            id => savedId = id);
        cut.Find("textarea").Change("Supportive; wants a briefing before the debate.");
        cut.FindAll("button").Single(b => b.TextContent.Contains("Add a follow-up")).Click();
        var label = cut.FindAll("label").Single(l => l.TextContent.Contains("Follow-up 1: what needs doing"));
        cut.Find($"#{label.GetAttribute("for")}").Change("Send the briefing paper");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", cut.Find("[role=alert]").TextContent));
        Assert.Matches("reference [A-Z0-9]{6}", cut.Find("[role=alert]").TextContent);
        Assert.Contains("Supportive; wants a briefing before the debate.", cut.Markup);
        Assert.Contains(cut.FindAll("input"), i => i.GetAttribute("value") == "Send the briefing paper");
        Assert.Contains("Alice Adams", cut.Markup);
        Assert.Equal(0, await SavedInteractions());

        Faults.Heal();
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(savedId));
        Assert.Equal("Send the briefing paper", await Database.WithContextAsync(db => db.FollowUps.Select(f => f.Title).SingleAsync()));
    }
}
