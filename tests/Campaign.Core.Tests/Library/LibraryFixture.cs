using Campaign.Library;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Library;

/// <summary>A campaign and the test actors' users, with the library services on them.</summary>
public abstract class LibraryFixture : DatabaseTest
{
    protected LibraryService Library { get; private set; } = null!;
    protected LibraryDownloads Downloads { get; private set; } = null!;
    protected int CampaignId { get; private set; }

    protected override async Task SetUpAsync()
    {
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("A1");
        builder.TestActorUsers();
        await builder.SaveAsync();
        CampaignId = campaign.Id;
        Library = new LibraryService(Database, Database.Clock);
        Downloads = new LibraryDownloads(Database);
    }

    protected static LibraryUpload Upload(string name, byte[] content) => new(name, new MemoryStream(content), content.Length);

    protected static LibraryDocumentInput Document(string title, LibraryVisibility visibility = LibraryVisibility.StaffOnly,
        LibraryDocumentKind kind = LibraryDocumentKind.BriefingPaper) => new() { Title = title, Visibility = visibility, Kind = kind };

    protected async Task<int> UploadAsync(string title, LibraryVisibility visibility = LibraryVisibility.StaffOnly, byte[]? content = null,
        LibraryDocumentKind kind = LibraryDocumentKind.BriefingPaper)
    {
        var result = await Library.UploadAsync(TestActors.PublicAffairs, Document(title, visibility, kind), new LibraryVersionInput(),
            Upload("paper.pdf", content ?? LibraryFixtures.Pdf()), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        return result.Id!.Value;
    }

    protected async Task<byte[]> DownloadAsync(Actor actor, int versionId)
    {
        await using var download = await Downloads.OpenAsync(actor, versionId, TestContext.Current.CancellationToken);
        Assert.NotNull(download);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }
}
