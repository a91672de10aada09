using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Text.RegularExpressions;
using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Tests.Account;

public sealed partial class UserAdministrationTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private UserAdministration _administration = null!;
    private Actor _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _administration = _app.Services.GetRequiredService<UserAdministration>();
        var admin = (await _administration.ListAsync(Actor.System)).Single(u => u.Email == AppFactory.Admin);
        _admin = new Actor(admin.Id, admin.DisplayName, new HashSet<string> { Roles.Admin }, null);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_new_user_signs_in_with_the_one_time_password_and_must_choose_their_own()
    {
        var created = await _administration.CreateAsync(_admin, new NewUser("new.colleague@westbridge.example", "New Colleague", Roles.PublicAffairs, null));
        Assert.True(created.Succeeded);
        Assert.Matches("^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$", created.OneTimePassword!);

        var client = _app.Client();
        var signIn = await AppFactory.SignInAsync(client, "new.colleague@westbridge.example", created.OneTimePassword!);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var anyPage = await client.GetAsync("/stakeholders");
        Assert.Equal(HttpStatusCode.Redirect, anyPage.StatusCode);
        Assert.Equal("/account/change-password", anyPage.Headers.Location!.OriginalString);

        var changed = await ChangePasswordAsync(client, created.OneTimePassword!, "three quiet lighthouses");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stakeholders")).StatusCode);
    }

    [Theory]
    [InlineData("/export/stakeholders.csv")]
    [InlineData("/dashboard/1/report.pdf")]
    [InlineData("/dashboard/1/engagement.csv")]
    [InlineData("/briefings/1/download")]
    [InlineData("/import/templates/stakeholders.csv")]
    public async Task A_user_who_still_has_a_one_time_password_gets_no_download(string path)
    {
        var created = await _administration.CreateAsync(_admin, new NewUser($"otp.{Guid.NewGuid():N}@westbridge.example", "Pending", Roles.Admin, null));
        var client = _app.Client();
        await AppFactory.SignInAsync(client, (await _administration.ListAsync(_admin)).Single(u => u.Id == created.UserId).Email, created.OneTimePassword!);

        var response = await client.GetAsync(path);

        Assert.Equal((HttpStatusCode.Forbidden, null), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task A_one_time_password_stops_working_after_72_hours_and_a_new_one_can_be_issued()
    {
        // Whole seconds: the database keeps instants to the millisecond.
        var clock = new Campaign.Testing.FixedClock(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        await using var app = new AppFactory();
        await using var timed = app.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        var administration = timed.Services.GetRequiredService<UserAdministration>();
        var admin = (await administration.ListAsync(Actor.System)).Single(u => u.Email == AppFactory.Admin);
        var actor = new Actor(admin.Id, admin.DisplayName, new HashSet<string> { Roles.Admin }, null);
        var created = await administration.CreateAsync(actor, new NewUser("late.starter@westbridge.example", "Late Starter", Roles.Leadership, null));
        var listed = (await administration.ListAsync(actor)).Single(u => u.Id == created.UserId);
        Assert.Equal(clock.GetUtcNow().AddHours(72), listed.OneTimePasswordExpiresAt);

        clock.Now = clock.Now.AddHours(72).AddMinutes(1);
        var client = timed.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var expired = await AppFactory.SignInAsync(client, "late.starter@westbridge.example", created.OneTimePassword!);
        var wrong = await AppFactory.SignInAsync(client, "late.starter@westbridge.example", "not the password");

        Assert.Contains("This one-time password has expired", await expired.Content.ReadAsStringAsync());
        Assert.DoesNotContain("expired", await wrong.Content.ReadAsStringAsync());
        Assert.True((await administration.ListAsync(actor)).Single(u => u.Id == created.UserId).OneTimePasswordHasExpired(clock.GetUtcNow()));
        var reissued = await administration.ResetPasswordAsync(actor, created.UserId!);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(client, "late.starter@westbridge.example", reissued.OneTimePassword!)).StatusCode);
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_with_the_reason()
    {
        var client = await _app.SignedInClientAsync(AppFactory.Leadership);

        var response = await ChangePasswordAsync(client, AppFactory.DemoPassword, "1qaz2wsx3edc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one of the most commonly used", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_coalition_user_needs_a_partner_organisation()
    {
        var result = await _administration.CreateAsync(_admin, new NewUser("partner@example.org", "Partner Person", Roles.Coalition, null));
        Assert.Equal(["A coalition member needs a partner organisation."], result.Errors);
    }

    [Fact]
    public async Task Duplicate_emails_and_bad_roles_are_refused()
    {
        var duplicate = await _administration.CreateAsync(_admin, new NewUser(AppFactory.Leadership, "Someone", Roles.Leadership, null));
        var badRole = await _administration.CreateAsync(_admin, new NewUser("x@example.org", "X", "Superuser", null));

        Assert.Equal([$"A user with the email {AppFactory.Leadership} already exists."], duplicate.Errors);
        Assert.Contains("Choose a role", Assert.Single(badRole.Errors));
    }

    [Fact]
    public async Task A_reset_issues_a_new_one_time_password_and_the_old_one_stops_working()
    {
        var user = (await _administration.ListAsync(_admin)).Single(u => u.Email == AppFactory.Leadership);

        var reset = await _administration.ResetPasswordAsync(_admin, user.Id);

        Assert.True(reset.Succeeded);
        Assert.Contains("The email or password is not right.", await (await AppFactory.SignInAsync(_app.Client(), AppFactory.Leadership)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(_app.Client(), AppFactory.Leadership, reset.OneTimePassword!)).StatusCode);
    }

    [Fact]
    public async Task Admins_cannot_disable_themselves_and_others_cannot_administer()
    {
        Assert.Equal(["You cannot disable your own account."], (await _administration.SetDisabledAsync(_admin, _admin.UserId!, true)).Errors);
        var publicAffairs = new Actor("pa", "PA", new HashSet<string> { Roles.PublicAffairs }, null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _administration.ListAsync(publicAffairs));
    }

    [Fact]
    public async Task A_live_circuit_is_revalidated_against_disabled_and_stamp()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CampaignUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var user = (await users.FindByEmailAsync(AppFactory.Coalition))!;
        var principal = await claims.CreateAsync(user);
        Assert.True(await IdentityRevalidator.IsStillValidAsync(users, principal, options));

        await _administration.SetDisabledAsync(_admin, user.Id, disabled: true);

        await using var fresh = _app.Services.CreateAsyncScope();
        Assert.False(await IdentityRevalidator.IsStillValidAsync(fresh.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>(), principal, options));
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_password_that_signs_in()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await StartupTasks.CreateAdminAsync(_app.Services, "first.admin@campaign.example");
        }
        finally
        {
            Console.SetOut(original);
        }

        var password = OneTimePasswordLine().Match(output.ToString()).Groups[1].Value;
        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(_app.Client(), "first.admin@campaign.example", password)).StatusCode);
    }

    [Fact]
    public async Task Coalition_members_are_refused_edit_and_admin_pages_by_the_server()
    {
        var client = await _app.SignedInClientAsync(AppFactory.Coalition);

        foreach (var path in new[] { "/stakeholders/1/edit", "/stakeholders/new", "/organisations/1/edit", "/admin/users", "/admin/audit" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stakeholders/1")).StatusCode);
    }

    private static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetStringAsync("/account/change-password");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePasswordLine();
}
