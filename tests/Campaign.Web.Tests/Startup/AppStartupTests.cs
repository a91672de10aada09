using System.Net;

namespace Campaign.Web.Tests.Startup;

/// <summary>The real app on a fresh database: migrated and seeded on start, serving the first pages.</summary>
public sealed class AppStartupTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Serves_a_profile_from_the_sample_campaign()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var response = await client.GetAsync("/stakeholders/1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Where they stand", html);
        Assert.Contains("Statutory registration of clinical technologists", html);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/stakeholders/999999")]
    [InlineData("/organisations/999999")]
    public async Task Unknown_routes_and_ids_get_a_friendly_404(string path)
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("find that page", await response.Content.ReadAsStringAsync());
    }
}
