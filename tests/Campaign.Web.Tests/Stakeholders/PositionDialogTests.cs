using Campaign.Campaigns;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Stakeholders;

/// <summary>
/// The position dialogs are rendered by the dialog provider, outside the page's error boundary: a failure in them
/// must become a message in the dialog, with the dialog and what was typed still there.
/// </summary>
public sealed class PositionDialogTests : MudTestContext
{
    private int _personId;
    private int _positionId;
    private IReadOnlyList<AskView> _asks = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        builder.TestActorUsers();
        var person = builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; });
        var position = builder.Position(person, campaign.Asks.Single(), Stance.Supportive, new DateOnly(2026, 10, 1));
        await builder.SaveAsync();
        (_personId, _positionId) = (person.Id, position.Id);
        _asks = campaign.Asks.Select(a => new AskView(a.Id, a.Code, a.Title, a.Description)).ToList();
    }

    private async Task<IRenderedComponent<MudDialogProvider>> ShowAsync<TDialog>(DialogParameters<TDialog> parameters) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        RenderPopoverProvider();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<TDialog>("Dialog", parameters));
        return provider;
    }

    [Fact]
    public async Task Marking_a_position_confidential_that_fails_keeps_the_dialog_open_and_the_switch_as_stored()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("Marking failed (test)"));
        var provider = await ShowAsync(new DialogParameters<StanceHistoryDialog>
        {
            { d => d.Actor, TestActors.PublicAffairs }, { d => d.StakeholderId, _personId }, { d => d.AskId, _asks[0].Id },
        });
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[type=checkbox]")), TimeSpan.FromSeconds(20));

        provider.Find("input[type=checkbox]").Change(true);

        provider.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", provider.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.False(provider.Find("input[type=checkbox]").HasAttribute("checked"));
        Assert.False(await Database.WithContextAsync(db => db.StatedPositions.Where(p => p.Id == _positionId).Select(p => p.IsConfidential).SingleAsync()));

        Faults.Heal();
        provider.FindAll("[role=alert] button").Single(b => b.TextContent.Contains("Try again")).Click();

        provider.WaitForAssertion(() => Assert.True(provider.Find("input[type=checkbox]").HasAttribute("checked")), TimeSpan.FromSeconds(20));
        Assert.True(await Database.WithContextAsync(db => db.StatedPositions.Where(p => p.Id == _positionId).Select(p => p.IsConfidential).SingleAsync()));
    }

    [Fact]
    public async Task Recording_a_position_that_fails_keeps_the_quote_and_saves_when_tried_again()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("Recording failed (test)"));
        var provider = await ShowAsync(new DialogParameters<RecordPositionDialog>
        {
            { d => d.Actor, TestActors.PublicAffairs }, { d => d.StakeholderId, _personId }, { d => d.Asks, _asks },
            // The dialog starts at the machine's today; the test database's clock is fixed, so give a date before it.
            { d => d.Prefill, new PositionRecordModel { EvidenceKind = EvidenceKind.Letter, StatedOn = new DateOnly(2026, 11, 2) } },
        });
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#record-position-form")), TimeSpan.FromSeconds(20));
        provider.Find("#record-position-form textarea").Change("We back registration in full.");

        provider.Find("#record-position-form").Submit();

        provider.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", provider.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("We back registration in full.", provider.Find("#record-position-form textarea").TextContent + provider.Find("#record-position-form textarea").GetAttribute("value"));

        Faults.Heal();
        provider.Find("#record-position-form").Submit();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#record-position-form")), TimeSpan.FromSeconds(20));
        Assert.Equal("We back registration in full.", await Database.WithContextAsync(db => db.StatedPositions.Where(p => p.Quote != null).Select(p => p.Quote).SingleAsync()));
    }
}
