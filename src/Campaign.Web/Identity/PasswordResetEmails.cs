using System.Text;
using Campaign.Mail;
using Campaign.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Identity;

/// <summary>
/// Emails a single-use, 30-minute link to reset a password. The page gives the same answer whether or not the address
/// belongs to an account (or a disabled one), and the email goes out in the background, so its time does not tell either.
/// </summary>
public sealed class PasswordResetEmails(UserManager<CampaignUser> users, EmailOutbox outbox, IOptions<EmailOptions> options, ILogger<PasswordResetEmails> logger)
{
    public const string ResetPath = "/account/reset-password";

    public bool IsConfigured => options.Value.Smtp.IsConfigured;

    /// <summary>The send, for tests to wait on; null when nothing was sent.</summary>
    internal Task? Sending { get; private set; }

    public async Task RequestAsync(string email)
    {
        if (!IsConfigured) return;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(user.Email)) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = options.Value.Link($"{ResetPath}?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        var record = new SentEmail { Kind = EmailKind.PasswordReset, UserId = user.Id, ToAddress = user.Email, Subject = EmailText.PasswordResetSubject };
        var body = EmailText.PasswordResetBody(user.DisplayName, link);
        var name = user.DisplayName;
        Sending = Task.Run(async () =>
        {
            try
            {
                await outbox.SendNowAsync(record, body, name);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A password-reset email could not be recorded.");
            }
        });
    }

    /// <summary>The token from a link's code; null when the code is not even well formed.</summary>
    public static string? TokenFrom(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
