using System.Net;
using System.Text;

namespace Campaign.Web.Tests.Importing;

/// <summary>The download endpoints over HTTP with real sign-in: who may fetch what, and what comes back.</summary>
public sealed class DownloadEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_filtered_stakeholder_export_is_a_utf8_csv_with_a_bom_holding_the_filtered_rows()
    {
        var client = await _app.SignedInClientAsync(AppFactory.Leadership);

        var response = await client.GetAsync("/export/stakeholders.csv?kind=Peer&status=Current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("stakeholders-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length); // header and the seven current peers
        Assert.All(lines.Skip(1), line => Assert.StartsWith("Peer,", line));
    }

    [Theory]
    [InlineData("/export/interactions.csv?kind=Letter", "Kind,OccurredAt,Title")]
    [InlineData("/export/positions.csv?kind=MP", "Person,Ask,Stance")]
    [InlineData("/export/follow-ups.csv?mine=false&view=All", "Title,DueOn,Status")]
    public async Task Each_list_exports_for_roles_that_may_export(string path, string header)
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var text = Encoding.UTF8.GetString((await client.GetByteArrayAsync(path))[3..]);

        Assert.StartsWith(header, text);
        Assert.True(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1);
    }

    [Theory]
    [InlineData("/export/stakeholders.csv")]
    [InlineData("/export/interactions.csv")]
    [InlineData("/export/follow-ups.csv")]
    [InlineData("/import/templates/stakeholders.csv")]
    [InlineData("/privacy/stakeholders/1/subject-access.json")]
    public async Task Coalition_members_are_refused_every_download(string path)
    {
        var client = await _app.SignedInClientAsync(AppFactory.Coalition);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Templates_are_for_those_who_import_and_subject_access_reports_for_administrators()
    {
        var leadership = await _app.SignedInClientAsync(AppFactory.Leadership);
        var publicAffairs = await _app.SignedInClientAsync(AppFactory.PublicAffairs);
        var admin = await _app.SignedInClientAsync(AppFactory.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await leadership.GetAsync("/import/templates/interactions.csv")).StatusCode);
        Assert.StartsWith("\uFEFFKind,OccurredAt,Title", await publicAffairs.GetStringAsync("/import/templates/interactions.csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await publicAffairs.GetAsync("/import/templates/nonsense.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await publicAffairs.GetAsync("/privacy/stakeholders/1/subject-access.pdf")).StatusCode);

        var pdf = await admin.GetAsync("/privacy/stakeholders/1/subject-access.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var json = await admin.GetStringAsync("/privacy/stakeholders/1/subject-access.json");
        Assert.Contains("\"lawfulBasis\"", json);
        Assert.Contains("\"action\": \"Exported\"", json); // the download itself is in the audit it carries
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/privacy/stakeholders/99999/subject-access.json")).StatusCode);
    }

    [Theory]
    [InlineData(AppFactory.PublicAffairs, true)]
    [InlineData(AppFactory.Leadership, false)]
    public async Task The_import_page_is_for_roles_that_import_data(string email, bool allowed)
    {
        var client = await _app.SignedInClientAsync(email);

        var response = await client.GetAsync("/import");

        if (allowed)
            Assert.Contains("Members API file (JSON)", await response.Content.ReadAsStringAsync());
        else
            Assert.DoesNotContain("Members API file (JSON)", await response.Content.ReadAsStringAsync());
    }
}
