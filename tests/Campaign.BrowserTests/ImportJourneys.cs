using System.Text.Json.Nodes;

namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class ImportJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Import_the_sample_members_file_then_a_later_one_and_see_the_change_summary() =>
        RunAsync("import-members", async page =>
        {
            var sample = Path.Combine(AppContext.BaseDirectory, "samples", "ipem", "members-commons.json");
            var later = WriteLaterFile(sample);
            await SignInAsync(page, PublicAffairs);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Import" })).ToBeVisibleAsync();

            // The sample campaign was seeded from this very file: it imports cleanly and changes nothing.
            await UploadAsync(page, "Members API file (JSON)", sample, page.GetByRole(AriaRole.Heading, new() { Name = "What members-commons.json will change" }));
            await Assertions.Expect(page.GetByText("15 unchanged")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Everyone in the file is already up to date")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Imported members-commons.json.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Changes since the last import: members-commons.json" })).ToBeVisibleAsync();

            // A later file: a by-election winner, a change of party and a death.
            await UploadAsync(page, "Members API file (JSON)", later, page.GetByRole(AriaRole.Heading, new() { Name = "What members-later.json will change" }));
            await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Region, new() { Name = "Changes since the last import: members-later.json" });
            await Assertions.Expect(summary).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByText("1 new")).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByText("1 left the House")).ToBeVisibleAsync();
            await Assertions.Expect(summary.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Journey Newmember" })).ToContainTextAsync("Ipswich");
            await Assertions.Expect(summary.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Gethin Prydderch" })).ToContainTextAsync("By-election");
            await Assertions.Expect(summary.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kirsty Baird" })).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Party\s*Scottish National Party\s*Independent"));
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "members-later.json" })).ToContainTextAsync("Parliament members");

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "import-members-summary.png"), FullPage = true });

            await summary.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Gethin Prydderch" }).GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Gethin Prydderch" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Former member")).ToBeVisibleAsync();
        });

    [Fact]
    public Task Refresh_from_Parliament_shows_progress_then_the_preview_and_imports_it() =>
        RunAsync("refresh-members", async page =>
        {
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/import");
            await Assertions.Expect(page.GetByText("Without a connection to Parliament?")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh from Parliament" }).ClickAsync();

            // The fake serves 400 members, 20 a page, each page a quarter of a second: the bar is up for a second or two.
            var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = "Fetching from Parliament" });
            await Assertions.Expect(progress).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true })).ToBeVisibleAsync();
            var preview = page.GetByRole(AriaRole.Region, new() { Name = "What the refresh from Parliament will change" });
            await Assertions.Expect(preview).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(progress).Not.ToBeVisibleAsync();
            // The sample's MPs and peers are not in the fake's list, and they are not marked as having left: a refresh only
            // ends a membership Parliament says has ended.
            await Assertions.Expect(preview.GetByText("400 new", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(preview.GetByText("400 from Parliament", new() { Exact = true })).ToBeVisibleAsync();
            // The first 50 of the 400 are listed, so the import button stays in reach.
            await Assertions.Expect(preview.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(50);
            await Assertions.Expect(preview.GetByRole(AriaRole.Button, new() { Name = "Show all 400 new people" })).ToBeVisibleAsync();
            await Assertions.Expect(preview.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Given0007 Zimmer0007" })).ToContainTextAsync("Constituency 0007");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "refresh-members-preview.png") });

            await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Refreshed from Parliament" }))
                .ToHaveTextAsync("Refreshed from Parliament: 400 new, 0 changed (0 left the House), 0 unchanged.", new() { Timeout = 60_000 });
            await Assertions.Expect(preview).Not.ToBeVisibleAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "UK Parliament Members API" });
            await Assertions.Expect(row).ToContainTextAsync("Parliament members");
            await Assertions.Expect(row).ToContainTextAsync("400");
        });

    /// <summary>
    /// Chooses a file and waits for what it should show. Blazor's InputFile attaches its change listener just after
    /// its first interactive render (and marks the element then); a file chosen before that is missed, and only a
    /// test is that quick, so wait for the mark first. The wait is generous: the whole suite shares two cores.
    /// </summary>
    private static async Task UploadAsync(IPage page, string label, string path, ILocator shows)
    {
        var input = page.GetByLabel(label);
        var id = await input.GetAttributeAsync("id");
        await page.WaitForFunctionAsync("id => document.getElementById(id)?._blazorInputFileNextFileId !== undefined", id,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
        await input.SetInputFilesAsync(path);
        await shows.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
    }

    /// <summary>The sample Commons file as a later download would have it; written at run time, never kept in the repository.</summary>
    private static string WriteLaterFile(string sample)
    {
        var file = JsonNode.Parse(File.ReadAllText(sample))!;
        var items = file["items"]!.AsArray();
        JsonNode Member(int id) => items.Single(i => (int)i!["value"]!["id"]! == id)!["value"]!;
        Member(90010)["latestParty"]!["name"] = "Independent";
        var prydderch = Member(90013)["latestHouseMembership"]!;
        prydderch["membershipEndDate"] = "2026-10-01T00:00:00";
        prydderch["membershipEndReason"] = "By-election";
        prydderch["membershipStatus"] = null;
        var newcomer = items[0]!.DeepClone();
        newcomer["value"]!["id"] = 90017;
        newcomer["value"]!["nameListAs"] = "Newmember, Journey";
        newcomer["value"]!["nameDisplayAs"] = "Journey Newmember";
        newcomer["value"]!["nameAddressAs"] = "Ms Newmember";
        newcomer["value"]!["latestHouseMembership"]!["membershipFrom"] = "Ipswich";
        items.Add(newcomer);
        var path = Path.Combine(Path.GetTempPath(), $"journey-{Guid.NewGuid():N}", "members-later.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.ToJsonString());
        return path;
    }
}
