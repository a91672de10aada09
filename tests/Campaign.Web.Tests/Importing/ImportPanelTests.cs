using System.Text.Json.Nodes;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Importing;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Importing;

public sealed class ImportPanelTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<MembersImportService>();
        Services.AddSingleton<WrittenQuestionsImportService>();
        Services.AddSingleton<CsvImportService>();
        Services.AddSingleton<ImportHistory>();
        await SampleDatabase.FillAsync(Database);
    }

    [Fact]
    public void Uploading_a_members_file_previews_the_changes_then_imports_them_and_keeps_the_summary()
    {
        RenderPopoverProvider();
        var cut = Render<MembersImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ChangedCommonsFile(), "members-commons.json"));
        cut.WaitForAssertion(() => Assert.Contains("What members-commons.json will change", cut.Markup), TimeSpan.FromSeconds(10));
        Assert.Contains("1 left the House", cut.Markup);
        cut.FindAll("button").Single(b => b.TextContent.Contains("Import these changes")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Changes since the last import: members-commons.json", cut.Markup), TimeSpan.FromSeconds(10));
        var left = cut.FindAll("h4").Single(h => h.TextContent == "Left the House").NextElementSibling!;
        Assert.Contains("Marcus Thorne", left.TextContent);
        Assert.Contains("Independent", cut.Find("table").TextContent);
    }

    [Fact]
    public void A_bad_members_file_shows_its_problems_and_offers_no_import()
    {
        var cut = Render<MembersImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{\"items\": [{\"value\": {\"id\": 1", "members.json"));

        cut.WaitForAssertion(() => Assert.Contains("not complete, valid JSON", cut.Find("[aria-label='Problems in the file']").TextContent), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("Import these changes", cut.Markup);
    }

    [Fact]
    public void A_csv_file_with_problems_lists_them_by_row_and_column_and_cannot_be_imported()
    {
        RenderPopoverProvider();
        var cut = Render<CsvImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.CampaignId, 1));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "Kind,First name,Surname,Email\r\nOther,Ann,Bell,not-an-email\r\nCivilServant,Jonathan,Harper,jonathan.harper@dhsc.example.org\r\n", "people.csv"));

        cut.WaitForAssertion(() => Assert.Contains("Check people.csv", cut.Markup), TimeSpan.FromSeconds(10));
        var problems = cut.Find("[aria-label='Problems in the file']");
        Assert.Equal(["2", "Email", "\"not-an-email\" is not an email address"], problems.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
        Assert.Contains("email jonathan.harper@dhsc.example.org", cut.Markup); // the matching row
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Contains("Import 2 rows")).HasAttribute("disabled"));
    }

    [Fact]
    public void A_good_csv_file_imports_and_says_what_it_did()
    {
        RenderPopoverProvider();
        var cut = Render<CsvImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.CampaignId, 1));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Kind,GivenName,FamilyName\r\nOther,Ann,Bell\r\n", "people.csv"));
        cut.WaitForAssertion(() => Assert.Contains("Check people.csv", cut.Markup), TimeSpan.FromSeconds(10));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Import 1 row")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Imported people.csv: 1 added, 0 updated, 0 skipped.", cut.Markup), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task After_an_erasure_a_members_import_and_a_csv_import_say_the_erased_person_is_skipped()
    {
        var id = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90001).Select(s => s.Id).SingleAsync());
        await Services.GetRequiredService<Campaign.Privacy.PrivacyService>().EraseAsync(TestActors.Admin, id);
        RenderPopoverProvider();

        var members = Render<MembersImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs));
        members.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(ChangedCommonsFile(), "members-commons.json"));
        members.WaitForAssertion(() => Assert.Contains("1 skipped: erased on request", members.Markup), TimeSpan.FromSeconds(10));

        var csv = Render<CsvImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.CampaignId, 1));
        csv.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "Kind,GivenName,FamilyName,Email\r\nOther,Ann,Bell,\r\nOther,Rachel,Iqbal,rachel.iqbal.mp@parliament.example\r\n", "people.csv"));
        csv.WaitForAssertion(() => Assert.Contains("1 skipped: erased on request", csv.Markup), TimeSpan.FromSeconds(10));
        Assert.Contains("Row 3 is about someone erased on request", csv.Markup);
        csv.FindAll("button").Single(b => b.TextContent.Contains("Import 2 rows")).Click();
        csv.WaitForAssertion(() => Assert.Contains("Imported people.csv: 1 added, 0 updated, 1 skipped (1 erased on request).", csv.Markup), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_question_by_an_erased_member_is_shown_as_skipped_without_naming_them()
    {
        var id = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90001).Select(s => s.Id).SingleAsync());
        await Services.GetRequiredService<Campaign.Privacy.PrivacyService>().EraseAsync(TestActors.Admin, id);
        var campaignId = await Database.WithContextAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        var question = new JsonObject
        {
            ["results"] = new JsonArray(new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["id"] = 1, ["askingMemberId"] = 90001, ["house"] = "Commons", ["dateTabled"] = "2026-11-02T00:00:00", ["uin"] = "50001",
                    ["heading"] = "Clinical Technologists: Regulation", ["questionText"] = "On clinical technologist registration.",
                },
            }),
        };

        var cut = Render<WrittenQuestionsPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.CampaignId, campaignId));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(question.ToJsonString(), "questions.json"));

        cut.WaitForAssertion(() => Assert.Contains("1 skipped: erased on request.", cut.Markup), TimeSpan.FromSeconds(10));
        var row = cut.Find("[aria-label='Questions about the campaign'] tbody tr");
        Assert.Contains("A member erased on request", row.TextContent);
        Assert.Contains("Skipped: erased on request", row.TextContent);
        Assert.DoesNotContain("90001", row.TextContent);
    }

    private static string ChangedCommonsFile()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.IpemFolder, "members-commons.json")))!;
        var items = file["items"]!.AsArray();
        JsonNode Member(int id) => items.Single(i => (int)i!["value"]!["id"]! == id)!["value"]!;
        Member(90003)["latestParty"]!["name"] = "Independent";
        Member(90004)["latestHouseMembership"]!["membershipEndDate"] = "2026-09-01T00:00:00";
        Member(90004)["latestHouseMembership"]!["membershipStatus"] = null;
        return file.ToJsonString();
    }

    [Fact]
    public async Task An_import_that_fails_keeps_the_checked_file_and_try_again_imports_it()
    {
        UseDatabaseFaults();
        RenderPopoverProvider();
        var cut = Render<CsvImportPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.CampaignId, 1));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Kind,GivenName,FamilyName\r\nOther,Ann,Bell\r\n", "people.csv"));
        cut.WaitForAssertion(() => Assert.Contains("Check people.csv", cut.Markup), TimeSpan.FromSeconds(10));
        var before = await Database.WithContextAsync(db => db.Stakeholders.CountAsync());
        Faults.FailSaves(DatabaseFaults.DatabaseLocked);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Import 1 row")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Another save is still running", cut.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("Check people.csv", cut.Markup);
        Assert.Equal(before, await Database.WithContextAsync(db => db.Stakeholders.CountAsync()));

        Faults.Heal();
        cut.FindAll("[role=alert] button").Single(b => b.TextContent.Contains("Try again")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Imported people.csv: 1 added, 0 updated, 0 skipped.", cut.Markup), TimeSpan.FromSeconds(10));
        Assert.Equal(before + 1, await Database.WithContextAsync(db => db.Stakeholders.CountAsync()));
    }

}
