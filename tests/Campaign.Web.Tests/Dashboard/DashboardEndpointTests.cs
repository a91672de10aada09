using System.Net;

namespace Campaign.Web.Tests.Dashboard;

public sealed class DashboardEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Staff_download_a_charts_numbers_as_csv_for_excel()
    {
        var client = await _app.SignedInClientAsync(AppFactory.Leadership);

        var response = await client.GetAsync("/dashboard/1/contributions.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.StartsWith("Partner,Interactions", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task The_progress_report_is_a_pdf()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var response = await client.GetAsync("/dashboard/1/report.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 5));
    }

    [Theory]
    [InlineData("/dashboard/1/contributions.csv")]
    [InlineData("/dashboard/1/report.pdf")]
    public async Task Coalition_members_cannot_download(string path)
    {
        var client = await _app.SignedInClientAsync(AppFactory.Coalition);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_unknown_chart_is_not_found()
    {
        var client = await _app.SignedInClientAsync(AppFactory.Leadership);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/1/nonsense.csv")).StatusCode);
    }
}
