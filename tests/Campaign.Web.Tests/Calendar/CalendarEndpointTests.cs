using System.Net;
using Campaign.Calendar;
using Campaign.Data;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace Campaign.Web.Tests.Calendar;

/// <summary>The feed and the .ics downloads over HTTP on the sample campaign, the clock at its "today" (26 November 2026).</summary>
public sealed class CalendarEndpointTests : IAsyncLifetime
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

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(client, email)).StatusCode);
        return client;
    }

    private async Task<T> WithDbAsync<T>(Func<CampaignDbContext, Task<T>> query)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    private async Task<Actor> HannahAsync()
    {
        var user = await WithDbAsync(db => db.Users.SingleAsync(u => u.Email == AppFactory.PublicAffairs));
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);
    }

    [Fact]
    public async Task The_feed_answers_anonymously_as_a_calendar_and_a_revoked_token_is_a_plain_404()
    {
        var feeds = _app.Services.GetRequiredService<CalendarFeedService>();
        var hannah = await HannahAsync();
        var token = await feeds.IssueAsync(hannah, includeConfidential: false);
        var client = Anonymous();

        var response = await client.GetAsync($"/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("private", response.Headers.CacheControl.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Campaign: " + hannah.Name, calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.NotEmpty(calendar.Events);

        await feeds.RevokeAsync(hannah);
        foreach (var path in new[] { $"/calendar/{token}.ics", "/calendar/nonsense.ics" })
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Null(refused.Headers.Location);
            Assert.DoesNotContain("BEGIN:VCALENDAR", await refused.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Single_meetings_and_follow_ups_download_for_staff_and_the_coalition_is_refused_follow_ups_and_confidential_meetings()
    {
        var followUpId = await WithDbAsync(db => db.FollowUps.Select(f => f.Id).FirstAsync());
        var ids = await WithDbAsync(db => db.Interactions.Where(i => !i.IsConfidential).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync());
        var (meetingId, confidentialId) = (ids[0], ids[1]);
        await WithDbAsync(db => db.Interactions.Where(i => i.Id == confidentialId).ExecuteUpdateAsync(u => u.SetProperty(i => i.IsConfidential, true)));
        var staff = await SignedInAsync(AppFactory.Leadership);

        foreach (var (path, file) in new[]
                 {
                     (Endpoints.CalendarEndpoints.FollowUp(followUpId), $"follow-up-{followUpId}.ics"),
                     (Endpoints.CalendarEndpoints.Interaction(meetingId), $"interaction-{meetingId}.ics"),
                 })
        {
            var response = await staff.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(file, response.Content.Headers.ContentDisposition!.FileName);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
            Assert.Single(IcalCalendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        }

        var coalition = await SignedInAsync(AppFactory.Coalition);
        var followUp = await coalition.GetAsync(Endpoints.CalendarEndpoints.FollowUp(followUpId));
        Assert.NotEqual(HttpStatusCode.OK, followUp.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await followUp.Content.ReadAsStringAsync());
        var secret = await coalition.GetAsync(Endpoints.CalendarEndpoints.Interaction(confidentialId));
        Assert.Equal(HttpStatusCode.NotFound, secret.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await secret.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await coalition.GetAsync(Endpoints.CalendarEndpoints.Interaction(meetingId))).StatusCode);
        // Signed out, the downloads need sign-in like any page.
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().GetAsync(Endpoints.CalendarEndpoints.Interaction(meetingId))).StatusCode);
    }
}
