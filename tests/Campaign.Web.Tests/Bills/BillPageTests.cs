using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Bills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Bills;

/// <summary>The bill page: its stages say in words where the bill is and what comes next; members' words link to their profiles.</summary>
public sealed class BillPageTests : MudTestContext
{
    private int _billId, _hughes;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(BillTestServices.Create(Database));
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("reg");
        var hughes = b.Person("Gwen", "Hughes", StakeholderKind.MP);
        var bill = new TrackedBill
        {
            Campaign = campaign, BillId = 3737, ShortTitle = "Health Professions Registration Bill", LongTitle = "A Bill to register clinical technologists.",
            CurrentHouse = House.Commons, LastUpdatedOn = new DateOnly(2026, 11, 18), Url = "https://bills.parliament.uk/bills/3737",
            Stages =
            [
                new BillStage { BillStageId = 1, StageId = 6, Description = "1st reading", House = House.Commons, SortOrder = 1, FirstSitting = new DateOnly(2026, 9, 1) },
                new BillStage { BillStageId = 2, StageId = 7, Description = "2nd reading", House = House.Commons, SortOrder = 2, FirstSitting = new DateOnly(2026, 11, 18) },
            ],
            Amendments = [new BillAmendment { AmendmentId = 9, BillStageId = 2, Number = "NC1", Summary = "Register clinical technologists", Sponsors = "Gwen Hughes", IsOurs = true }],
        };
        db.TrackedBills.Add(bill);
        var seen = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        db.MonitorItems.Add(new MonitorItem
        {
            Campaign = campaign, Source = MonitorSource.Hansard, SourceId = "h-1", Stakeholder = hughes, MemberName = "Gwen Hughes",
            Title = "Health Professions Registration: second reading", Text = "I support the Health Professions Registration Bill.",
            Date = new DateOnly(2026, 11, 18), Url = "https://hansard.parliament.uk/h-1", FirstSeenAt = seen, LastChangedAt = seen,
        });
        await b.SaveAsync();
        (_billId, _hughes) = (bill.Id, hughes.Id);
    }

    [Fact]
    public void The_timeline_marks_the_current_and_next_stages_in_words()
    {
        RenderPopoverProvider();
        var cut = Render<BillPage>(p => p.Add(x => x.Id, _billId));

        cut.WaitForAssertion(() => Assert.Contains("Health Professions Registration Bill", cut.Find("h1").TextContent));
        var stages = cut.FindAll("ol.bill-stages li");
        Assert.Equal("1st reading", stages[0].QuerySelector(".bill-stage-title")!.TextContent);
        Assert.Contains("Done", stages[0].TextContent);
        Assert.Contains("1 Sep 2026", stages[0].TextContent);

        var current = cut.Find("ol.bill-stages li[aria-current='step']");
        Assert.Contains("2nd reading", current.TextContent);
        Assert.Contains("Now", current.TextContent);
        Assert.Contains("House of Commons", current.TextContent);

        Assert.Contains("Committee stage", stages[2].TextContent);
        Assert.Contains("Next", stages[2].TextContent);
        Assert.Contains("To come", stages[3].TextContent);
        Assert.Contains("Royal Assent", stages[^1].TextContent);
        Assert.Equal("Now: 2nd reading · next: Committee stage", PdfText.Squash(cut.Find(".bill-now").TextContent));
    }

    [Fact]
    public void Our_amendment_is_marked_and_what_members_said_links_to_their_profile()
    {
        RenderPopoverProvider();
        var cut = Render<BillPage>(p => p.Add(x => x.Id, _billId));

        cut.WaitForAssertion(() => Assert.Contains("NC1", cut.Markup));
        Assert.Contains("Ours", cut.Find("[aria-label='Amendments'] tbody tr").TextContent);
        Assert.NotNull(cut.Find("input[aria-label='Amendment NC1 is ours']"));
        var mention = Assert.Single(cut.FindAll("ul.bill-mentions li"));
        Assert.Equal($"/stakeholders/{_hughes}", mention.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Health Professions Registration: second reading", mention.TextContent);
    }

    [Fact]
    public async Task Staff_keep_notes_on_the_bill_and_unmark_an_amendment()
    {
        RenderPopoverProvider();
        var cut = Render<BillPage>(p => p.Add(x => x.Id, _billId));
        cut.WaitForAssertion(() => Assert.Contains("Change the links", cut.Markup));

        cut.Find("form textarea").Change("Peers' amendment window opens in January.");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Peers' amendment window opens in January.", cut.Find("dl.field-list").TextContent));

        cut.Find("input[aria-label='Amendment NC1 is ours']").Change(false);
        cut.WaitForAssertion(() => Assert.DoesNotContain("Ours", cut.Find("[aria-label='Amendments'] tbody tr").TextContent));

        var bill = await Database.WithContextAsync(db => db.TrackedBills.Include(b => b.Amendments).SingleAsync(b => b.Id == _billId));
        Assert.Equal("Peers' amendment window opens in January.", bill.Notes);
        Assert.False(Assert.Single(bill.Amendments).IsOurs);
    }

    [Fact]
    public void The_coalition_reads_the_bill_without_the_staff_controls()
    {
        SignInAs(Roles.Coalition);
        RenderPopoverProvider();
        var cut = Render<BillPage>(p => p.Add(x => x.Id, _billId));

        cut.WaitForAssertion(() => Assert.Contains("2nd reading", cut.Markup));
        Assert.Empty(cut.FindAll("input[aria-label^='Amendment']"));
        Assert.DoesNotContain("Change the links", cut.Markup);
    }
}
