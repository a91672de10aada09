using Campaign.Users;
using Campaign.Monitoring;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring;

public sealed class BillTests : MonitorFixture
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static FakeBill HealthBill() => new(3001, "Health and Social Care Bill", "A Bill to register every clinical technologist", "Commons")
    {
        LastUpdate = new DateTime(2026, 4, 1),
        Stages =
        [
            new FakeBillStage(89, 6, "1st reading", "Commons", 1, [new DateOnly(2026, 3, 1)]),
            new FakeBillStage(90, 7, "2nd reading", "Commons", 2, [new DateOnly(2026, 4, 1)])
            {
                Amendments = [new FakeAmendment(5, "NC1", "Not moved", "Register every clinical technologist", (4001, "Diane Abbott"))],
            },
        ],
    };

    [Fact]
    public async Task A_bill_page_shows_where_it_is_what_is_next_and_the_amendments_we_mark_as_ours()
    {
        Api.BillList.Add(HealthBill());
        await RunAsync();
        var summary = Assert.Single(await Harness.Bills.ListAsync(TestActors.Coalition(1), Campaign.Id, Token));
        Assert.Equal("2nd reading", summary.CurrentStage);

        var amendmentId = (await Harness.Bills.GetAsync(TestActors.PublicAffairs, summary.Id, Token))!.Amendments[0].Id;
        Assert.True((await Harness.Bills.MarkAmendmentAsync(TestActors.PublicAffairs, amendmentId, true, Token)).Succeeded);
        var bill = (await Harness.Bills.GetAsync(TestActors.PublicAffairs, summary.Id, Token))!;

        Assert.Equal(("2nd reading", House.Commons), (bill.Current!.Description, bill.Current.House));
        Assert.Equal(("Committee stage", House.Commons), (bill.Next!.Description, bill.Next.House));
        Assert.Equal(["1st reading", "2nd reading", "Committee stage"], bill.Timeline.Take(3).Select(s => s.Description));
        Assert.Equal("Royal Assent", bill.Timeline[^1].Description);
        Assert.Contains(bill.Timeline, s => s is { Description: "2nd reading", House: House.Lords, State: BillStepState.Later });
        Assert.True(Assert.Single(bill.Amendments).IsOurs);
    }

    [Fact]
    public async Task A_bill_links_to_an_ask_of_its_campaign_only()
    {
        Api.BillList.Add(HealthBill());
        await RunAsync();
        var bill = (await Harness.Bills.GetAsync(TestActors.PublicAffairs, Assert.Single(await Harness.Bills.ListAsync(TestActors.PublicAffairs, Campaign.Id, Token)).Id, Token))!;
        var askId = Campaign.Asks[0].Id;

        var wrong = await Harness.Bills.UpdateAsync(TestActors.PublicAffairs, bill.Id, new TrackedBillEditModel { AskId = askId + 100, Version = bill.Version }, Token);
        var right = await Harness.Bills.UpdateAsync(TestActors.PublicAffairs, bill.Id, new TrackedBillEditModel { AskId = askId, Notes = "Our route", Version = bill.Version }, Token);

        Assert.Equal("Choose one of the campaign's asks.", Assert.Single(wrong.Errors["AskId"]));
        Assert.True(right.Succeeded);
        var linked = (await Harness.Bills.GetAsync(TestActors.PublicAffairs, bill.Id, Token))!;
        Assert.Equal(("Ask registration", "Our route"), (linked.AskTitle, linked.Notes));
        Assert.Null((await Harness.Bills.GetAsync(TestActors.Coalition(1), bill.Id, Token))!.Notes);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Bills.UpdateAsync(TestActors.Coalition(1), bill.Id, new TrackedBillEditModel(), Token));
    }

    [Fact]
    public async Task A_bill_added_by_hand_is_fetched_with_its_stages_and_an_unknown_number_is_refused()
    {
        Api.BillList.Add(HealthBill() with { ShortTitle = "Unrelated Bill", LongTitle = "Nothing the monitor looks for" });

        var added = await Harness.Bills.AddByHandAsync(TestActors.PublicAffairs, Campaign.Id, 3001, Token);
        var unknown = await Harness.Bills.AddByHandAsync(TestActors.PublicAffairs, Campaign.Id, 9999, Token);
        var again = await Harness.Bills.AddByHandAsync(TestActors.PublicAffairs, Campaign.Id, 3001, Token);

        Assert.True(added.Succeeded, string.Join("; ", added.Errors.SelectMany(e => e.Value)));
        Assert.Equal(added.Id, again.Id);
        Assert.Contains("has no bill 9999", Assert.Single(unknown.Errors["BillId"]));
        var bill = (await Harness.Bills.GetAsync(TestActors.PublicAffairs, added.Id!.Value, Token))!;
        Assert.True(bill.AddedByHand);
        Assert.Equal("2nd reading", bill.Current!.Description);
    }
}
