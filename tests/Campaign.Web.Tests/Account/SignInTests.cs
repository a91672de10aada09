using System.Net;
using Campaign.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Account;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/stakeholders")]
    [InlineData("/stakeholders/1/edit")]
    [InlineData("/admin/users")]
    public async Task Every_page_needs_sign_in(string path)
    {
        var response = await _app.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/forgot-password")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task The_login_pages_and_static_files_are_open(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await _app.Client().GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_login_page_lists_the_demo_accounts_in_development()
    {
        var html = await _app.Client().GetStringAsync("/account/login");
        Assert.Contains(AppFactory.Coalition, html);
        Assert.Contains(AppFactory.DemoPassword, html);
    }

    [Fact]
    public async Task Signing_in_sets_a_lax_http_only_cookie_and_returns_to_the_page_asked_for()
    {
        var client = _app.Client();

        var response = await AppFactory.SignInAsync(client, AppFactory.PublicAffairs, returnUrl: "/organisations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/organisations", Absolute(response));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("campaign.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/organisations")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Return_urls_off_the_site_are_ignored(string returnUrl)
    {
        var response = await AppFactory.SignInAsync(_app.Client(), AppFactory.PublicAffairs, returnUrl: returnUrl);
        Assert.Equal("http://localhost/", Absolute(response));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var response = await AppFactory.SignInAsync(_app.Client(), AppFactory.PublicAffairs, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var client = _app.Client();
        for (var i = 0; i < 5; i++)
            await AppFactory.SignInAsync(client, AppFactory.Leadership, $"wrong password {i}");

        var response = await AppFactory.SignInAsync(client, AppFactory.Leadership);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked after too many wrong passwords", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);
        var token = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/account/login"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/stakeholders")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_loses_an_open_session()
    {
        // Cookies are re-checked against the security stamp once a minute in the app; here at every request.
        await using var app = new AppFactory(securityStampInterval: TimeSpan.Zero);
        var session = await app.SignedInClientAsync(AppFactory.Coalition);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/stakeholders")).StatusCode);
        var administration = app.Services.GetRequiredService<UserAdministration>();
        var coalition = (await administration.ListAsync(Actor.System)).Single(u => u.Email == AppFactory.Coalition);

        var disabled = await administration.SetDisabledAsync(Actor.System, coalition.Id, disabled: true);
        var response = await AppFactory.SignInAsync(app.Client(), AppFactory.Coalition);

        Assert.True(disabled.Succeeded);
        Assert.Contains("This account has been disabled", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/stakeholders")).StatusCode);
    }

    [Fact]
    public async Task Locked_and_disabled_accounts_look_like_any_wrong_password_until_the_password_is_right()
    {
        await using var app = new AppFactory();
        var client = app.Client();
        for (var i = 0; i < 5; i++)
            await AppFactory.SignInAsync(client, AppFactory.Leadership, $"wrong password {i}");
        var administration = app.Services.GetRequiredService<UserAdministration>();
        var coalition = (await administration.ListAsync(Actor.System)).Single(u => u.Email == AppFactory.Coalition);
        await administration.SetDisabledAsync(Actor.System, coalition.Id, disabled: true);

        async Task<string> Message(string email, string password) =>
            await (await AppFactory.SignInAsync(app.Client(), email, password)).Content.ReadAsStringAsync();

        const string Wrong = "The email or password is not right.";
        Assert.Contains(Wrong, await Message(AppFactory.Leadership, "another wrong guess"));
        Assert.Contains(Wrong, await Message(AppFactory.Coalition, "another wrong guess"));
        Assert.Contains(Wrong, await Message("nobody.at.all@example.org", "another wrong guess"));
        Assert.Contains("locked after too many wrong passwords", await Message(AppFactory.Leadership, AppFactory.DemoPassword));
        Assert.Contains("This account has been disabled", await Message(AppFactory.Coalition, AppFactory.DemoPassword));
    }

    [Fact]
    public async Task Signing_out_needs_the_forms_token_and_ends_the_users_other_sessions()
    {
        await using var app = new AppFactory(securityStampInterval: TimeSpan.Zero);
        var tab = await app.SignedInClientAsync(AppFactory.PublicAffairs);
        var otherTab = await app.SignedInClientAsync(AppFactory.PublicAffairs);

        var forged = await tab.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tab.GetAsync("/stakeholders")).StatusCode);

        var token = AppFactory.AntiforgeryToken().Match(await tab.GetStringAsync("/account/login")).Groups[1].Value;
        var signedOut = await tab.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await otherTab.GetAsync("/stakeholders")).StatusCode);
    }

    private static string Absolute(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).ToString();
}
