using Campaign.Library;
using Campaign.Testing;

namespace Campaign.Core.Tests.Library;

/// <summary>The sample campaign's briefing paper: a PDF our engine made from samples/ipem/library/briefing-paper.md.</summary>
public sealed class SampleLibraryTests : DatabaseTest
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    [Fact]
    public async Task The_briefing_paper_is_a_shared_pdf_of_a_few_pages_the_coalition_can_read()
    {
        var token = TestContext.Current.CancellationToken;
        var coalition = TestActors.Coalition(1);
        var row = Assert.Single(await new LibraryService(Database, Database.Clock).ListAsync(coalition, new LibraryFilter(), token));
        Assert.Equal("A new regulatory framework for clinical technologists", row.Title);
        Assert.Equal(LibraryVisibility.Coalition, row.Visibility);

        await using var download = await new LibraryDownloads(Database).OpenAsync(coalition, row.LatestVersionId!.Value, token);
        Assert.Equal(FileTypeSniffer.Pdf, download!.ContentType);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy, token);
        var pages = PdfText.Pages(copy.ToArray());
        Assert.InRange(pages.Count, 2, 4);
        Assert.Contains("Our asks", string.Join(" ", pages));
    }
}
