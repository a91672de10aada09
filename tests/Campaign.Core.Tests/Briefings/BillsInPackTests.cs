using Campaign.Briefings;
using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing;

namespace Campaign.Core.Tests.Briefings;

/// <summary>The pack's "Bills and Parliament" section: the campaign's tracked bills and what the member said or signed.</summary>
public sealed class BillsInPackTests : DatabaseTest
{
    private BriefingScenario _scenario = null!;

    protected override async Task SetUpAsync()
    {
        _scenario = await BriefingScenario.CreateAsync(Database);
        await using var db = Database.CreateDbContext();
        var seen = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        db.TrackedBills.Add(new TrackedBill
        {
            CampaignId = _scenario.CampaignId, BillId = 3737, ShortTitle = "Health Professions Registration Bill", CurrentHouse = House.Lords,
            LastUpdatedOn = new DateOnly(2026, 11, 18), Url = "https://bills.parliament.uk/bills/3737",
            Stages =
            [
                new BillStage { BillStageId = 1, StageId = 6, Description = "1st reading", House = House.Commons, SortOrder = 1, FirstSitting = new DateOnly(2026, 9, 1) },
                new BillStage { BillStageId = 2, StageId = 7, Description = "2nd reading", House = House.Lords, SortOrder = 2, FirstSitting = new DateOnly(2026, 11, 18) },
            ],
        });
        db.MonitorItems.AddRange(
            Item("hansard-1", MonitorSource.Hansard, "Clinical technologists: registration debate", TriageStatus.New, seen),
            Item("hansard-2", MonitorSource.Hansard, "DISMISSED-ITEM unrelated speech", TriageStatus.Dismissed, seen));
        await db.SaveChangesAsync();
    }

    private MonitorItem Item(string sourceId, MonitorSource source, string title, TriageStatus status, DateTimeOffset seen) => new()
    {
        CampaignId = _scenario.CampaignId, Source = source, SourceId = sourceId, StakeholderId = _scenario.MpId, MemberName = "Gwen Hughes",
        Title = title, Text = "Registration of clinical technologists.", Date = new DateOnly(2026, 11, 19),
        Url = $"https://hansard.parliament.uk/{sourceId}", Status = status, FirstSeenAt = seen, LastChangedAt = seen,
    };

    private async Task<string> SectionAsync(BriefingEdition edition)
    {
        var download = await _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, _scenario.MpId, edition);
        Assert.NotNull(download);
        // The cover lists the section names: read the pages after it.
        var text = string.Join(" ", PdfText.Pages(download.Content).Skip(1));
        return PdfText.Between(text, "Bills and Parliament", "Key messages");
    }

    [Fact]
    public async Task An_internal_pack_lists_the_tracked_bill_at_its_stage_and_what_the_member_said()
    {
        var section = await SectionAsync(BriefingEdition.Internal);

        Assert.Contains("Health Professions Registration Bill: 2nd reading · Lords", section);
        Assert.Contains("19 Nov 2026 · Hansard · Clinical technologists: registration debate", section);
        Assert.DoesNotContain("DISMISSED-ITEM", section);
    }

    [Fact]
    public async Task A_shareable_pack_keeps_the_bill_but_not_items_staff_have_not_recorded_as_evidence()
    {
        var section = await SectionAsync(BriefingEdition.Shareable);

        Assert.Contains("Health Professions Registration Bill: 2nd reading · Lords", section);
        Assert.DoesNotContain("Clinical technologists: registration debate", section);
        Assert.Contains("Nothing found by the campaign's monitors.", section);
    }
}
