using System.Net;

namespace Campaign.Web.Tests.Startup;

/// <summary>An address with a value that does not parse shows the page as if the value were absent.</summary>
public sealed class QueryStringTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/stakeholders?ask=x&stance=Supportive", "Stakeholders")]
    [InlineData("/stakeholders?kind=99&priority=Z", "Stakeholders")]
    [InlineData("/privacy?months=x", "Privacy")]
    [InlineData("/privacy?months=99999999999", "Privacy")]
    [InlineData("/interactions?stakeholder=x", "Interactions")]
    [InlineData("/interactions/new?stakeholder=x", "Log a contact")]
    public async Task A_value_that_does_not_parse_is_ignored(string path, string expected)
    {
        var client = await _app.SignedInClientAsync(AppFactory.Admin);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("An error occurred", html);
    }
}
