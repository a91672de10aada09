using System.Security.Claims;
using Campaign.Mail;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Account;
using Campaign.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Tests.Mail;

/// <summary>The account's email notifications page and the administrators' email page.</summary>
public sealed class EmailPagesTests : MudTestContext
{
    private readonly EmailOptions _settings = new();
    private CampaignUser _user = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(Options.Create(_settings));
        Services.AddSingleton<SmtpMailer>();
        Services.AddSingleton<EmailOutbox>();
        Services.AddSingleton<NotificationSettings>();
        await using var db = Database.CreateDbContext();
        _user = new CampaignUser { UserName = "hannah@westbridge.example", Email = "hannah@westbridge.example", DisplayName = "Hannah Mercer" };
        db.Users.Add(_user);
        await db.SaveChangesAsync();
    }

    private void SignInAsUser(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Hannah Mercer");
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, _user.Id));
    }

    [Fact]
    public async Task The_notifications_page_saves_the_switches_and_the_time_and_says_so()
    {
        SignInAsUser(Roles.PublicAffairs);
        var page = Render<NotificationsPage>();
        page.WaitForElement("#digest-at");

        page.Find("input#digest-enabled, #digest-enabled input").Change(false);
        page.Find("#digest-at").Change("07:15");
        page.Find("input#assignment-enabled, #assignment-enabled input").Change(false);
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        page.WaitForAssertion(() => Assert.Contains("Your email notifications are saved.", page.Markup));
        await using var db = Database.CreateDbContext();
        var saved = await db.Users.SingleAsync(u => u.Id == _user.Id);
        Assert.Equal((false, new TimeOnly(7, 15), false), (saved.DigestEnabled, saved.DigestAt, saved.AssignmentEmailsEnabled));
        Assert.Contains("Campaign is not set up to send email yet", page.Markup);
        Assert.Equal("digest-at", page.Find("label[for=digest-at]").GetAttribute("for"));
    }

    [Fact]
    public void A_coalition_member_is_told_there_are_no_notifications()
    {
        SignInAsUser(Roles.Coalition);
        var page = Render<NotificationsPage>();

        page.WaitForAssertion(() => Assert.Contains("there are no email notifications for your account", page.Markup));
        Assert.Empty(page.FindAll("#digest-at"));
    }

    [Fact]
    public void Without_SMTP_the_admin_page_says_email_is_not_configured()
    {
        SignInAs(Roles.Admin);
        var page = Render<EmailPage>();

        page.WaitForAssertion(() => Assert.Contains(
            "Email is not configured: no reminders or password-reset emails are sent (set Email:Smtp:Host).", page.Find("#email-not-configured").TextContent));
    }

    [Fact]
    public async Task The_admin_page_lists_failures_first_and_retries_one()
    {
        _settings.Smtp.Host = "smtp.westbridge.example";
        await using (var db = Database.CreateDbContext())
        {
            db.SentEmails.Add(new SentEmail { Kind = EmailKind.Digest, ToAddress = "sent@example.org", Subject = "Campaign: sent", Status = EmailStatus.Sent, Attempts = 1 });
            db.SentEmails.Add(new SentEmail
            {
                Kind = EmailKind.FollowUpAssigned, ToAddress = "failed@example.org", Subject = "Campaign: failed", Status = EmailStatus.Failed, Attempts = 4,
                LastError = "The server answered 451: Try again later",
            });
            await db.SaveChangesAsync();
        }
        SignInAs(Roles.Admin);
        var page = Render<EmailPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        Assert.Contains("smtp.westbridge.example", page.Find("#email-status").TextContent);
        var rows = page.FindAll("tbody tr");
        Assert.Contains("failed@example.org", rows[0].TextContent);
        Assert.Contains("The server answered 451", rows[0].TextContent);
        rows[0].QuerySelector("button")!.Click();

        page.WaitForAssertion(() => Assert.Contains("will be sent again within a minute", page.Markup));
        await using var check = Database.CreateDbContext();
        Assert.Equal(EmailStatus.Pending, (await check.SentEmails.SingleAsync(e => e.ToAddress == "failed@example.org")).Status);
    }
}
