using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Dashboard;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Web.Tests.Dashboard;

/// <summary>"Changes in Parliament" on the dashboard and the flags on a profile (issue 18).</summary>
public sealed class MemberEventsPanelTests : MudTestContext
{
    private int _adams, _baker;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Priority = PriorityTier.A);
        var baker = b.Person("Ben", "Baker", StakeholderKind.MP, s => s.Priority = PriorityTier.C);
        db.MemberEvents.AddRange(
            new MemberEvent { Stakeholder = adams, Kind = MemberEventKind.ChangedParty, Detail = "Labour → Independent", At = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero) },
            new MemberEvent { Stakeholder = baker, Kind = MemberEventKind.LeftHouse, Detail = "Left the House of Commons on 3 November 2026", At = new DateTimeOffset(2026, 11, 4, 2, 0, 0, TimeSpan.Zero) });
        await b.SaveAsync();
        (_adams, _baker) = (adams.Id, baker.Id);
    }

    [Fact]
    public async Task The_panel_lists_the_flag_with_a_link_to_the_person_and_dismissing_it_removes_the_panel()
    {
        var cut = Render<MemberEventsPanel>();

        cut.WaitForAssertion(() => Assert.Contains("Changes in Parliament", cut.Markup));
        var item = Assert.Single(cut.FindAll("ul.member-events li"));
        Assert.Equal($"/stakeholders/{_adams}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Alice Adams", item.TextContent);
        Assert.Contains("Changed party", item.TextContent);
        Assert.Contains("Labour → Independent", item.TextContent);
        Assert.Contains("20 Nov 2026", item.TextContent);
        Assert.DoesNotContain("Ben Baker", cut.Markup); // priority C and no stance: on his profile only

        cut.Find("button[aria-label='Dismiss “Changed party” for Alice Adams']").Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain("Changes in Parliament", cut.Markup));
        var dismissed = await Database.WithContextAsync(db => db.MemberEvents.SingleAsync(e => e.StakeholderId == _adams));
        Assert.Equal("PublicAffairs user", dismissed.DismissedBy);
    }

    [Theory]
    [InlineData(Roles.Leadership, true, false)]
    [InlineData(Roles.Coalition, false, false)]
    [InlineData(Roles.PublicAffairs, true, true)]
    public void What_each_role_is_shown(string role, bool listed, bool dismissable)
    {
        SignInAs(role);

        var cut = Render<MemberEventsPanel>();

        if (listed) cut.WaitForAssertion(() => Assert.Contains("Alice Adams", cut.Markup));
        else Assert.DoesNotContain("Changes in Parliament", cut.Markup);
        Assert.Equal(dismissable, cut.FindAll("button[aria-label^='Dismiss']").Count > 0);
    }

    [Fact]
    public void A_profile_shows_its_persons_flags_whatever_their_priority_and_dismissing_one_removes_it()
    {
        var cut = Render<MemberEventFlags>(p => p.Add(x => x.StakeholderId, _baker));

        cut.WaitForAssertion(() => Assert.Contains("Left the House of Commons on 3 November 2026", cut.Markup));
        Assert.Contains("Left the House", cut.Find(".mud-chip").TextContent);
        Assert.DoesNotContain("Labour → Independent", cut.Markup);

        cut.Find("button[aria-label='Dismiss “Left the House” for Ben Baker']").Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain("Changes in Parliament", cut.Markup));
    }
}
