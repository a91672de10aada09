using System.Net;
using Campaign.Data;
using Campaign.Library;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Library;

/// <summary>GET /library/versions/{id}/download over HTTP: the bytes and headers for staff, a plain 404 for the coalition on staff-only files.</summary>
public sealed class LibraryEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<(int VersionId, byte[] Content)> UploadAsync(string title, LibraryVisibility visibility)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == AppFactory.PublicAffairs);
        var hannah = new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);
        var library = _app.Services.GetRequiredService<LibraryService>();
        var content = LibraryFixtures.Pdf(pages: 2);
        var result = await library.UploadAsync(hannah, new LibraryDocumentInput { Title = title, Visibility = visibility }, new LibraryVersionInput(),
            new LibraryUpload("Briefing paper.pdf", new MemoryStream(content), content.Length));
        Assert.True(result.Succeeded);
        return ((await library.GetAsync(hannah, result.Id!.Value))!.Versions[0].Id, content);
    }

    [Fact]
    public async Task Staff_download_the_bytes_with_the_stored_name_type_length_and_nosniff()
    {
        var (versionId, content) = await UploadAsync("Internal strategy", LibraryVisibility.StaffOnly);
        var client = await _app.SignedInClientAsync(AppFactory.Leadership);

        var response = await client.GetAsync($"/library/versions/{versionId}/download", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content.Length, response.Content.Headers.ContentLength);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Briefing paper.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_coalition_gets_shared_files_and_a_plain_404_for_staff_only_ones()
    {
        var (secret, _) = await UploadAsync("Internal strategy", LibraryVisibility.StaffOnly);
        var (shared, content) = await UploadAsync("Shared briefing", LibraryVisibility.Coalition);
        var client = await _app.SignedInClientAsync(AppFactory.Coalition);

        var refused = await client.GetAsync($"/library/versions/{secret}/download", Token);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("%PDF", await refused.Content.ReadAsStringAsync(Token));

        var allowed = await client.GetAsync($"/library/versions/{shared}/download", Token);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(content, await allowed.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Anonymous_visitors_are_not_given_the_file()
    {
        var (versionId, _) = await UploadAsync("Shared briefing", LibraryVisibility.Coalition);
        var response = await _app.Client().GetAsync($"/library/versions/{versionId}/download", Token);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
