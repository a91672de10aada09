using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests.Startup;

/// <summary>The real app on a fresh database: migrated and seeded on start, serving the first pages.</summary>
public sealed class AppStartupTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"campaign-web-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Campaign", $"Data Source={_databasePath}")
             .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_databasePath + suffix);
    }

    [Fact]
    public async Task Serves_the_directory_with_the_sample_campaign()
    {
        var client = _factory.CreateClient();

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
        var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("find that page", await response.Content.ReadAsStringAsync());
    }
}
