using Campaign.Importing.Parliament;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring.Sources;

public sealed class BillsSourceTests : SourceFixture
{
    [Fact]
    public async Task Every_page_is_read_and_only_bills_updated_since_are_returned()
    {
        Api.AddGenerated(45, new DateOnly(2024, 12, 2));

        var (hits, tally) = await SearchAsync<BillsSource>();

        // Day n of the generated bills is 2 December 2024 + n: 30 of them fall before 1 January 2025.
        Assert.Equal(15, hits.Count);
        Assert.All(hits, h => Assert.True(h.Date >= Since));
        Assert.Equal(3, Api.Count("/bills/api/v1/Bills?"));
        Assert.Equal(15, tally.Items);
        Assert.Equal(15, Api.Count("/Stages?"));
    }

    [Fact]
    public async Task A_bill_carries_its_stages_and_the_amendments_that_mention_the_phrase()
    {
        Api.BillList.Add(Bill());

        var (hits, _) = await SearchAsync<BillsSource>("clinical technologist");

        var hit = Assert.Single(hits);
        Assert.Equal((MonitorSource.Bills, "3456", 4321, "Sarah Owen", House.Lords, "Clinical Technologists (Regulation) Bill"),
            (hit.Source, hit.SourceId, hit.MemberId, hit.MemberName, hit.House, hit.Title));
        Assert.Equal(("A Bill to regulate clinical technologists.", new DateOnly(2025, 4, 2), "https://bills.parliament.uk/bills/3456"), (hit.Text, hit.Date, hit.Url));
        var bill = hit.Bill!;
        Assert.Equal((3456, "A Bill to regulate clinical technologists.", House.Lords, false, true, false),
            (bill.BillId, bill.LongTitle, bill.CurrentHouse, bill.IsAct, bill.IsWithdrawn, bill.IsDefeated));
        Assert.Equal([(11, "1st reading", (House?)House.Commons, 1), (12, "2nd reading", House.Commons, 2)],
            bill.Stages.Select(s => (s.BillStageId, s.Description, s.House, s.SortOrder)));
        Assert.Equal([new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 8)], bill.Stages[1].Sittings);
        var amendment = Assert.Single(bill.Amendments);
        Assert.Equal((901, 12, "3", "Agreed", "Clause 2, page 1, line 4, after \"clinical technologist\" insert \"registered\""),
            (amendment.AmendmentId, amendment.BillStageId, amendment.Number, amendment.Decision, amendment.Summary));
        Assert.Equal([new AmendmentSponsor(4400, "Dr Caroline Johnson"), new AmendmentSponsor(4401, "Jim Shannon")], amendment.Sponsors);
    }

    [Fact]
    public async Task A_bill_added_by_hand_matches_amendments_for_any_phrase_and_an_unknown_bill_is_null()
    {
        Api.BillList.Add(Bill());
        var tally = new SourceTally();
        var source = Harness.Source<BillsSource>();

        var hit = await source.BillAsync(3456, ["clinical technologist", "physicist"], tally, TestContext.Current.CancellationToken);
        var missing = await source.BillAsync(9999, ["clinical technologist"], tally, TestContext.Current.CancellationToken);

        Assert.Equal([900, 901], hit!.Bill!.Amendments.Select(a => a.AmendmentId).Order());
        Assert.Null(missing);
        Assert.Equal(1, tally.Items);
    }

    [Fact]
    public async Task A_server_error_is_asked_again_and_the_search_completes()
    {
        Api.AddGenerated(3, Since);
        Api.Inject(new Fault(FaultKind.Status) { Status = 500, Where = r => r.Path.Value!.EndsWith("/Amendments", StringComparison.Ordinal) });

        var (hits, _) = await SearchAsync<BillsSource>();

        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Single(h.Bill!.Amendments));
    }

    [Fact]
    public async Task Broken_JSON_names_the_Bills_API()
    {
        await AssertBrokenJsonNamesTheApiAsync<BillsSource>(FakeParliamentMonitorApis.Bills, "Bills API");
        Api.BillList.Add(Bill());
        Api.Inject(new Fault(FaultKind.Truncate) { Where = r => r.Path.Value!.EndsWith("/Stages", StringComparison.Ordinal) });
        var error = await Assert.ThrowsAsync<ParliamentApiException>(() => SearchAsync<BillsSource>());
        Assert.Equal("Parliament's Bills API sent an answer that is not complete, valid JSON (stages of bill 3456, from number 1); nothing was changed.", error.Message);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        Api.AddGenerated(45, Since);
        await AssertCancellationHonouredAsync<BillsSource>();
    }

    private static FakeBill Bill() => new(3456, "Clinical Technologists (Regulation) Bill", "A Bill to regulate clinical technologists.", "Lords")
    {
        LastUpdate = new DateTime(2025, 4, 2, 16, 5, 0),
        Withdrawn = new DateTime(2025, 4, 2),
        Sponsor = (4321, "Sarah Owen"),
        Stages =
        [
            new FakeBillStage(12, 7, "2nd reading", "Commons", 2, [new DateOnly(2025, 2, 8), new DateOnly(2025, 2, 1)])
            {
                Amendments =
                [
                    new FakeAmendment(900, "2", "Withdrawn", "Clause 1, page 1, line 2, leave out \"physicist\"", (4400, "Dr Caroline Johnson")),
                    new FakeAmendment(901, "3", "Agreed", "Clause 2, page 1, line 4, after \"clinical technologist\" insert \"registered\"",
                        (4400, "Dr Caroline Johnson"), (4401, "Jim Shannon")),
                ],
            },
            new FakeBillStage(11, 6, "1st reading", "Commons", 1, [new DateOnly(2025, 1, 20)]),
        ],
    };
}
