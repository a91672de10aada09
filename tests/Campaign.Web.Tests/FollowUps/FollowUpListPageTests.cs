using Campaign.Engagements;
using Campaign.Testing;
using Campaign.Web.Components.Layout;
using Campaign.Web.Components.Pages.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.FollowUps;

public sealed class FollowUpListPageTests : MudTestContext
{
    private int _followUpId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<FollowUpBadge>();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        builder.Campaign("registration");
        var person = builder.Person("Gwen", "Hughes");
        // No owner: the page's "Mine" is the signed-in test user, who has no id.
        var followUp = new FollowUp { Title = "Send the briefing paper", DueOn = new DateOnly(2026, 12, 1), Stakeholder = person };
        db.FollowUps.Add(followUp);
        await builder.SaveAsync();
        _followUpId = followUp.Id;
    }

    private Task<FollowUpStatus> Status() => Database.WithContextAsync(db => db.FollowUps.Where(f => f.Id == _followUpId).Select(f => f.Status).SingleAsync());

    [Fact]
    public async Task Done_that_fails_keeps_the_list_says_why_and_try_again_marks_it_done()
    {
        UseDatabaseFaults();
        Faults.FailSaves(DatabaseFaults.DatabaseLocked);
        var cut = Render<FollowUpListPage>();
        cut.WaitForAssertion(() => Assert.Contains("Send the briefing paper", cut.Markup), TimeSpan.FromSeconds(20));

        cut.Find("button[aria-label='Mark done: Send the briefing paper']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Another save is still running", cut.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.NotNull(cut.Find("button[aria-label='Mark done: Send the briefing paper']"));
        Assert.Equal(FollowUpStatus.Open, await Status());

        Faults.Heal();
        cut.FindAll("[role=alert] button").Single(b => b.TextContent.Contains("Try again")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Nothing here.", cut.Markup), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.Equal(FollowUpStatus.Done, await Status());
    }
}
