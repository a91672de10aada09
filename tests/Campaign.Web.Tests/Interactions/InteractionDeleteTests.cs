using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Interactions;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Interactions;

public sealed class InteractionDeleteTests : MudTestContext
{
    private int _interactionId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        var person = builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; });
        var interaction = builder.Interaction(campaign, new DateTime(2026, 11, 2, 10, 0, 0), person);
        await builder.SaveAsync();
        _interactionId = interaction.Id;
    }

    [Fact]
    public async Task A_delete_that_fails_leaves_the_interaction_on_screen_with_a_message_and_try_again_deletes_it()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("Delete failed (test)"));
        RenderPopoverProvider();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<InteractionProfilePage>(p => p.Add(x => x.Id, _interactionId));
        cut.WaitForAssertion(() => Assert.Contains("Meeting 2026-11-02", cut.Find("h1").TextContent), TimeSpan.FromSeconds(20));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this interaction?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", cut.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("Meeting 2026-11-02", cut.Find("h1").TextContent);
        Assert.Equal(1, await Database.WithContextAsync(db => db.Interactions.CountAsync()));

        Faults.Heal();
        cut.FindAll("[role=alert] button").Single(b => b.TextContent.Contains("Try again")).Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/interactions", Services.GetRequiredService<NavigationManager>().Uri), TimeSpan.FromSeconds(20));
        Assert.Equal(0, await Database.WithContextAsync(db => db.Interactions.CountAsync()));
    }
}
