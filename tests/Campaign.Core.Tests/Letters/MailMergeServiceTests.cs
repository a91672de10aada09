using Campaign.Engagements;
using Campaign.Letters;
using Campaign.Library;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Letters;

public sealed class MailMergeServiceTests : DatabaseTest
{
    private static readonly StakeholderListQuery Mps = new() { Kind = StakeholderKind.MP, Party = "Labour" };

    private MailMergeService Service() => new(Database, new StatementEngine(), Database.Clock);

    [Fact]
    public async Task A_merge_of_200_writes_one_pdf_of_200_letters_and_logs_a_letter_for_each_recipient()
    {
        var scenario = await LetterScenario.CreateAsync(Database, 200);
        var reports = new List<MailMergeProgress>();

        var result = await Service().RunAsync(TestActors.PublicAffairs, new MailMergeRequest(scenario.TemplateId, Mps, "Head of Public Affairs"),
            new SynchronousProgress<MailMergeProgress>(reports.Add), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(200, result.LetterCount);
        Assert.Equal(200, reports.Where(r => r.Stage == "Writing letters").Max(r => r.Done));
        Assert.All(reports, r => Assert.Equal(200, r.Total));

        await using var db = Database.CreateDbContext();
        var version = await db.LibraryDocumentVersions.Include(v => v.Document).SingleAsync(v => v.Id == result.LibraryVersionId, TestContext.Current.CancellationToken);
        Assert.Equal((LibraryDocumentKind.Letter, LibraryVisibility.StaffOnly), (version.Document!.Kind, version.Document.Visibility));
        Assert.StartsWith("Letters: Written question on clinical technologists — 200 recipients", version.Document.Title);
        var pdf = (await db.LibraryFiles.SingleAsync(f => f.VersionId == version.Id, TestContext.Current.CancellationToken)).Content;
        var pages = PdfText.Pages(pdf);
        Assert.Equal(version.PageCount, pages.Count);
        // Every letter starts on a page of its own, with the letterhead at the top.
        var firstPages = pages.Where(p => p.StartsWith("Institute of Physics and Engineering in Medicine", StringComparison.Ordinal)).ToList();
        Assert.Equal(200, firstPages.Count);
        Assert.Contains("Dear Ms MacAulay", firstPages.Single(p => p.Contains("Fiona MacAulay MP", StringComparison.Ordinal)));

        var merge = await db.MailMerges.Include(m => m.Letters).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((200, version.Id, scenario.TemplateId, "pa-id"), (merge.RecipientCount, merge.LibraryVersionId!.Value, merge.TemplateId, merge.CreatedById!));
        Assert.Equal(200, merge.Letters.Count);

        // The same letters as Word files, one per recipient, in the library beside the PDF.
        Assert.Equal(result.WordFilesVersionId, merge.WordFilesVersionId);
        var word = await db.LibraryDocumentVersions.Include(v => v.Document).SingleAsync(v => v.Id == merge.WordFilesVersionId, TestContext.Current.CancellationToken);
        Assert.Equal(("application/zip", LibraryVisibility.StaffOnly), (word.ContentType, word.Document!.Visibility));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream((await db.LibraryFiles.SingleAsync(f => f.VersionId == word.Id, TestContext.Current.CancellationToken)).Content));
        Assert.Equal(200, zip.Entries.Count(e => e.FullName.EndsWith(".docx", StringComparison.Ordinal)));
        var fiona = zip.Entries.Single(e => e.FullName.EndsWith("-Fiona-MacAulay.docx", StringComparison.Ordinal));
        using var docx = new MemoryStream();
        using (var entry = fiona.Open()) await entry.CopyToAsync(docx, TestContext.Current.CancellationToken);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false))
            Assert.Contains("Dear Ms MacAulay", document.MainDocumentPart!.Document!.Body!.InnerText);

        var letters = await db.Interactions.Include(i => i.Attendees).Include(i => i.Staff).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(200, letters.Count);
        Assert.All(letters, i =>
        {
            Assert.Equal(InteractionKind.Letter, i.Kind);
            Assert.Equal("pa-id", Assert.Single(i.Staff).UserId);
            var attendee = Assert.Single(i.Attendees);
            Assert.Contains(merge.Letters, l => l.InteractionId == i.Id && l.StakeholderId == attendee.StakeholderId);
        });
        Assert.Equal(scenario.PeopleIds.Order(), letters.Select(i => i.Attendees[0].StakeholderId).Order());
        Assert.StartsWith("I am writing on behalf of the Test campaign", letters.Single(i => i.Attendees[0].StakeholderId == scenario.PeopleIds[0]).Summary);
    }

    [Fact]
    public async Task The_interaction_page_link_names_the_merge_and_its_pdf()
    {
        var scenario = await LetterScenario.CreateAsync(Database, 2);
        var result = await Service().RunAsync(TestActors.PublicAffairs, new MailMergeRequest(scenario.TemplateId, Mps), null, TestContext.Current.CancellationToken);
        var interactionId = await Database.WithContextAsync(db => db.MailMergeLetters.Select(l => l.InteractionId).FirstAsync());

        var link = await Service().ForInteractionAsync(TestActors.Leadership, interactionId, TestContext.Current.CancellationToken);

        Assert.NotNull(link);
        Assert.Equal(($"/library/versions/{result.LibraryVersionId}/download", 2), (link.DownloadUrl, link.RecipientCount));
    }

    [Fact]
    public async Task A_template_error_for_one_recipient_saves_nothing_and_names_them()
    {
        // Only Ms MacAulay's letter runs the loop that never ends in time.
        var scenario = await LetterScenario.CreateAsync(Database, 5, """
            Dear colleague,

            {% if recipient.family_name == "MacAulay" %}{% for i in (1..999) %}{% for j in (1..999) %}.{% endfor %}{% endfor %}{% endif %}
            """);

        var result = await Service().RunAsync(TestActors.PublicAffairs, new MailMergeRequest(scenario.TemplateId, Mps), null, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.StartsWith("The letter to Fiona MacAulay could not be written: ", result.Error);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Cancelling_leaves_nothing()
    {
        var scenario = await LetterScenario.CreateAsync(Database, 20);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<MailMergeProgress>(p => { if (p.Done == 10) cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Service().RunAsync(TestActors.PublicAffairs, new MailMergeRequest(scenario.TemplateId, Mps), progress, cancel.Token));

        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Coalition_users_cannot_merge()
    {
        var scenario = await LetterScenario.CreateAsync(Database, 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service().RunAsync(TestActors.Coalition(1), new MailMergeRequest(scenario.TemplateId, Mps), null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Erased_people_never_receive_letters_and_quiet_filters_skip_the_recently_contacted()
    {
        var scenario = await LetterScenario.CreateAsync(Database, 4);
        await using (var db = Database.CreateDbContext())
        {
            var erased = await db.Stakeholders.SingleAsync(s => s.Id == scenario.PeopleIds[1], TestContext.Current.CancellationToken);
            erased.AnonymisedAt = Database.Clock.GetUtcNow();
            var campaign = await db.Campaigns.SingleAsync(TestContext.Current.CancellationToken);
            var recent = await db.Stakeholders.SingleAsync(s => s.Id == scenario.PeopleIds[2], TestContext.Current.CancellationToken);
            new Builder(db).Interaction(campaign, Database.Clock.GetLocalNow().DateTime.AddDays(-30), recent);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var plan = await Service().PlanAsync(TestActors.PublicAffairs,
            new MailMergeRequest(scenario.TemplateId, Mps with { NotContactedInDays = 90 }), TestContext.Current.CancellationToken);

        Assert.NotNull(plan);
        Assert.Equal(2, plan.RecipientCount);
        Assert.Equal("Stakeholders: kind MP, party Labour, not contacted in 90 days", plan.FilterDescription);
        Assert.Equal("Dear Ms MacAulay", plan.FirstLetter!.Salutation);
    }

    private async Task AssertNothingSavedAsync()
    {
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Interactions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.LibraryDocuments.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.LibraryFiles.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.MailMerges.CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Reports on the caller's thread, so a test sees every report before the merge goes on (Progress posts them later).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
