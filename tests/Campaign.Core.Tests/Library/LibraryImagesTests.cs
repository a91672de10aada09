using Campaign.Library;
using Campaign.Testing;

namespace Campaign.Core.Tests.Library;

/// <summary>The images a letter template's letterhead can use.</summary>
public sealed class LibraryImagesTests : LibraryFixture
{
    [Fact]
    public async Task Letterheads_can_use_the_PNG_and_JPEG_versions_the_writer_may_see_and_nothing_else()
    {
        await UploadAsync("Briefing paper", LibraryVisibility.Coalition);
        var logo = (await Library.UploadAsync(TestActors.PublicAffairs, Document("IPEM logo", kind: LibraryDocumentKind.Other), new LibraryVersionInput(),
            Upload("logo.png", LibraryFixtures.Png()), TestContext.Current.CancellationToken)).Id!.Value;
        await Library.AddVersionAsync(TestActors.PublicAffairs, logo, new LibraryVersionInput { Label = "Blue" }, Upload("logo.jpg", LibraryFixtures.Jpeg()),
            TestContext.Current.CancellationToken);

        var staff = await Library.ImagesAsync(TestActors.PublicAffairs, TestContext.Current.CancellationToken);
        var coalition = await Library.ImagesAsync(TestActors.Coalition(1), TestContext.Current.CancellationToken);

        Assert.Equal(["IPEM logo (version 2, Blue)", "IPEM logo (version 1)"], staff.Select(i => i.Text));
        Assert.Empty(coalition);
    }
}
