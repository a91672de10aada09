using Campaign.Monitoring;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Bills;
using Campaign.Web.Components.Pages.Campaigns;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Bills;

/// <summary>The bills list, tracking a bill by number, and the campaign page's tracked bills.</summary>
public sealed class BillListPageTests : MudTestContext
{
    private int _campaignId, _billId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(BillTestServices.Create(Database));
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var campaign = new Builder(db).Campaign("reg");
        var bill = new TrackedBill
        {
            Campaign = campaign, BillId = 3737, ShortTitle = "Health Professions Registration Bill", CurrentHouse = House.Lords,
            LastUpdatedOn = new DateOnly(2026, 11, 18), Url = "https://bills.parliament.uk/bills/3737",
            Stages = [new BillStage { BillStageId = 2, StageId = 7, Description = "2nd reading", House = House.Lords, SortOrder = 2 }],
        };
        db.TrackedBills.Add(bill);
        await db.SaveChangesAsync();
        (_campaignId, _billId) = (campaign.Id, bill.Id);
    }

    [Fact]
    public void The_list_links_each_bill_with_its_stage_now()
    {
        var cut = Render<BillListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Health Professions Registration Bill", cut.Markup));
        var row = cut.Find("[aria-label='Tracked bills'] tbody tr");
        Assert.Equal($"/bills/{_billId}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2nd reading · House of Lords", row.TextContent);
    }

    [Fact]
    public void A_number_that_is_not_a_bill_number_is_refused_at_the_field()
    {
        var cut = Render<BillListPage>();
        cut.WaitForAssertion(() => Assert.Contains("Track a bill by number", cut.Markup));

        cut.Find("form input").Change("0");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("A bill's number is a whole number above 0.", cut.Find("form").TextContent));
    }

    [Fact]
    public void Tracking_a_bill_already_tracked_opens_its_page_without_asking_Parliament()
    {
        var cut = Render<BillListPage>();
        cut.WaitForAssertion(() => Assert.Contains("Track a bill by number", cut.Markup));

        cut.Find("form input").Change("3737");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.EndsWith($"/bills/{_billId}", Services.GetRequiredService<NavigationManager>().Uri));
    }

    [Fact]
    public void The_coalition_sees_the_list_but_cannot_track_a_bill()
    {
        SignInAs(Roles.Coalition);

        var cut = Render<BillListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Health Professions Registration Bill", cut.Markup));
        Assert.DoesNotContain("Track a bill by number", cut.Markup);
    }

    [Fact]
    public void The_campaign_page_lists_the_tracked_bills_at_their_stage()
    {
        var cut = Render<CampaignProfilePage>(p => p.Add(x => x.Id, _campaignId));

        cut.WaitForAssertion(() => Assert.Contains("Tracked bills", cut.Markup));
        var item = cut.Find("ul.tracked-bills li");
        Assert.Equal($"/bills/{_billId}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2nd reading · House of Lords", item.TextContent);
    }
}
