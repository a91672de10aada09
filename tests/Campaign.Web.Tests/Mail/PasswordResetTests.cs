using System.Net;
using System.Text.RegularExpressions;
using Campaign.Mail;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Mail;

/// <summary>Password reset by email over HTTP, with SMTP pointed at the fake server on loopback.</summary>
public sealed partial class PasswordResetTests : IAsyncLifetime
{
    private const string Answer = "If an account exists for that address, we have sent a link to reset the password. The link works once, for 30 minutes.";
    private const string NewPassword = "a kettle of seven herons";

    private FakeSmtpServer _smtp = null!;
    private AppFactory _app = null!;

    public ValueTask InitializeAsync()
    {
        _smtp = FakeSmtpServer.Start();
        _app = new AppFactory();
        _app.Settings["Email:Smtp:Host"] = "127.0.0.1";
        _app.Settings["Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _app.Settings["Email:Smtp:Security"] = "None";
        _app.Settings["Email:AppBaseUrl"] = "http://localhost";
        _app.Settings["Email:Workers"] = "false";
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private static Task<HttpResponseMessage> ForgotAsync(HttpClient client, string email) =>
        AppFactory.PostFormAsync(client, "/account/forgot-password", new() { ["_handler"] = "forgot-password", ["Input.Email"] = email });

    private static Task<HttpResponseMessage> ResetAsync(HttpClient client, string pathAndQuery) =>
        AppFactory.PostFormAsync(client, pathAndQuery,
            new() { ["_handler"] = "reset-password", ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });

    private async Task<string> LinkAsync()
    {
        for (var i = 0; i < 100 && _smtp.Messages.Count == 0; i++) await Task.Delay(100);
        var message = Assert.Single(_smtp.Messages);
        Assert.Equal(AppFactory.PublicAffairs, message.To.Mailboxes.Single().Address);
        Assert.Equal("Campaign: reset your password", message.Subject);
        return new Uri(ResetLink().Match(message.TextBody!).Value).PathAndQuery;
    }

    [Fact]
    public async Task The_answer_is_the_same_for_an_unknown_address_and_the_link_resets_the_password_once()
    {
        var client = _app.Client();
        Assert.Contains("Send the link", await client.GetStringAsync("/account/forgot-password"));

        var unknown = await (await ForgotAsync(client, "nobody@westbridge.example")).Content.ReadAsStringAsync();
        var known = await (await ForgotAsync(client, AppFactory.PublicAffairs)).Content.ReadAsStringAsync();
        Assert.Contains(Answer, unknown);
        Assert.Contains(Answer, known);

        var link = await LinkAsync();
        Assert.StartsWith("/account/reset-password?userId=", link);
        var reset = await (await ResetAsync(client, link)).Content.ReadAsStringAsync();
        Assert.Contains("Your password has been changed", reset);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.SignInAsync(_app.Client(), AppFactory.PublicAffairs, NewPassword)).StatusCode);

        var again = await (await ResetAsync(_app.Client(), link)).Content.ReadAsStringAsync();
        Assert.Contains("This link has expired or has been used already", again);

        // Recorded, without the link.
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<Data.CampaignDbContext>>().CreateDbContextAsync();
        var row = await db.SentEmails.SingleAsync();
        Assert.Equal((EmailKind.PasswordReset, EmailStatus.Sent, AppFactory.PublicAffairs, (string?)null), (row.Kind, row.Status, row.ToAddress, row.Body));
    }

    [Fact]
    public async Task A_disabled_user_gets_the_same_answer_and_no_email()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>();
            var user = (await users.FindByEmailAsync(AppFactory.PublicAffairs))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        Assert.Contains(Answer, await (await ForgotAsync(_app.Client(), AppFactory.PublicAffairs)).Content.ReadAsStringAsync());

        await Task.Delay(500);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task A_reset_token_lasts_30_minutes_and_other_tokens_keep_their_own_lifespan()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>();
        var user = (await users.FindByEmailAsync(AppFactory.PublicAffairs))!;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(PasswordResetTokenProviderOptions.ProviderName);

        Assert.True(await users.VerifyUserTokenAsync(user, PasswordResetTokenProviderOptions.ProviderName, UserManager<CampaignUser>.ResetPasswordTokenPurpose,
            Backdate(protector, token, TimeSpan.FromMinutes(29))));
        Assert.False(await users.VerifyUserTokenAsync(user, PasswordResetTokenProviderOptions.ProviderName, UserManager<CampaignUser>.ResetPasswordTokenPurpose,
            Backdate(protector, token, TimeSpan.FromMinutes(31))));
        Assert.Equal(TimeSpan.FromDays(1), scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }

    /// <summary>The same token as if issued <paramref name="age"/> ago (Identity's token: creation ticks, then user id, purpose and stamp).</summary>
    private static string Backdate(IDataProtector protector, string token, TimeSpan age)
    {
        var data = protector.Unprotect(Convert.FromBase64String(token));
        var created = new DateTimeOffset(BitConverter.ToInt64(data, 0), TimeSpan.Zero) - age;
        BitConverter.GetBytes(created.UtcTicks).CopyTo(data, 0);
        return Convert.ToBase64String(protector.Protect(data));
    }

    [GeneratedRegex(@"http://localhost/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
