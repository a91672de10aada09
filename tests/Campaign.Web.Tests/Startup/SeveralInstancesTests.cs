using System.Net;
using Campaign.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Startup;

/// <summary>Two app instances on one database, as behind a load balancer: each honours the other's tokens and cookies.</summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly AppFactory _first = new();
    private AppFactory _second = null!;

    public ValueTask InitializeAsync()
    {
        _ = _first.Services; // started (migrated, seeded, key ring created) before the second, as in the deploy sample
        _second = new AppFactory(databasePath: _first.DatabasePath);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_login_form_from_one_instance_posts_to_the_other_and_its_cookie_signs_in_on_both()
    {
        var first = _first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var second = _second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var form = await first.GetAsync("/account/login");
        var token = AppFactory.AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["Input.Email"] = AppFactory.PublicAffairs, ["Input.Password"] = AppFactory.DemoPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        var signedIn = await second.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode); // the other instance accepted the antiforgery token
        var auth = Cookies(signedIn);
        Assert.Contains("campaign.auth=", auth);
        foreach (var client in new[] { first, second })
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/stakeholders/1");
            page.Headers.Add("Cookie", auth);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(page)).StatusCode);
        }
        // One key, in the database both read (not in a folder of the machine they happen to share here).
        await using var db = await _second.Services.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
