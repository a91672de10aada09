using System.Net;
using System.Security.Cryptography;
using Campaign.Briefings;
using Campaign.Data;
using Campaign.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Campaign.Web.Tests.Briefings;

/// <summary>
/// The download endpoints over HTTP, signed in through the real login form, on the sample campaign. The clock is
/// fixed at 26 November 2026, the sample's "today", so its planned meetings stay in the future.
/// </summary>
public sealed class BriefingEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    public ValueTask InitializeAsync()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(client, email)).StatusCode);
        return client;
    }

    private async Task<T> WithDbAsync<T>(Func<CampaignDbContext, Task<T>> query)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    private Task<int> IqbalAsync() => WithDbAsync(db => db.Stakeholders.Where(s => s.DisplayName == "Rachel Iqbal").Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task A_pack_downloads_as_a_pdf_attachment_and_again_byte_for_byte_from_briefings()
    {
        var client = await SignedInAsync(AppFactory.Leadership);
        var id = await IqbalAsync();

        var response = await AppFactory.PostPackAsync(client, $"/briefings/stakeholders/{id}/pdf", "shareable");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("briefing-rachel-iqbal-2026-11-26-shareable.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(pdf))
        {
            var cover = document.GetPage(1).Text;
            Assert.Contains("Rachel Iqbal", cover);
            Assert.Contains("Prepared by", cover);
            Assert.Contains("Claire Donnelly", cover);
        }

        var pack = await WithDbAsync(db => db.BriefingPacks.SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), pack.FileHash);
        var again = await client.GetAsync($"/briefings/{pack.Id}/download");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(pdf, await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stored_pack_of_someone_since_erased_is_gone_from_briefings()
    {
        var client = await SignedInAsync(AppFactory.Admin);
        var id = await IqbalAsync();
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostPackAsync(client, $"/briefings/stakeholders/{id}/pdf", "internal")).StatusCode);
        var pack = await WithDbAsync(db => db.BriefingPacks.SingleAsync());

        await _app.Services.GetRequiredService<Campaign.Privacy.PrivacyService>().EraseAsync(TestActors.Admin, id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/briefings/{pack.Id}/download")).StatusCode);
    }

    [Fact]
    public async Task A_meeting_pack_downloads_for_a_planned_meeting()
    {
        var client = await SignedInAsync(AppFactory.PublicAffairs);
        var meeting = await WithDbAsync(db => db.Interactions.Where(i => i.Title.StartsWith("Roundtable with Health and Social Care Committee")).Select(i => i.Id).SingleAsync());

        var response = await AppFactory.PostPackAsync(client, $"/briefings/meetings/{meeting}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Meeting pack", document.GetPage(1).Text);
        Assert.True(await WithDbAsync(db => db.BriefingPacks.AnyAsync(p => p.InteractionId == meeting && p.IsInternal)));
    }

    [Fact]
    public async Task Coalition_members_are_refused_every_download()
    {
        var staff = await SignedInAsync(AppFactory.PublicAffairs);
        var id = await IqbalAsync();
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostPackAsync(staff, $"/briefings/stakeholders/{id}/pdf")).StatusCode);
        var packId = await WithDbAsync(db => db.BriefingPacks.Select(p => p.Id).SingleAsync());
        var coalition = await SignedInAsync(AppFactory.Coalition);

        foreach (var path in new[] { $"/briefings/{packId}/download", "/briefings", "/templates" })
        {
            var response = await coalition.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
        foreach (var path in new[] { $"/briefings/stakeholders/{id}/pdf", "/briefings/meetings/1/pdf" })
        {
            var response = await AppFactory.PostPackAsync(coalition, path, "shareable");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
        Assert.Equal(1, await WithDbAsync(db => db.BriefingPacks.CountAsync()));
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/briefings/1/download");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Bad_requests_get_a_status_and_a_message()
    {
        var client = await SignedInAsync(AppFactory.PublicAffairs);
        var confidential = await WithDbAsync(db => db.Interactions.Where(i => i.IsConfidential && i.Title.StartsWith("Meeting with the Minister")).Select(i => i.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await AppFactory.PostPackAsync(client, $"/briefings/stakeholders/99999/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/briefings/99999/download")).StatusCode);
        var forged = await client.PostAsync("/briefings/stakeholders/1/pdf", new FormUrlEncodedContent(new Dictionary<string, string> { ["edition"] = "internal" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("This page has expired. Reload it and ask for the pack again.", await forged.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/briefings/stakeholders/1/pdf?edition=internal")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AppFactory.PostPackAsync(client, $"/briefings/stakeholders/1/pdf", "public")).StatusCode);
        var refused = await AppFactory.PostPackAsync(client, $"/briefings/meetings/{confidential}/pdf", "shareable");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("This meeting is confidential, so only an internal pack can be made for it.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await WithDbAsync(db => db.BriefingPacks.CountAsync()));
    }
}
