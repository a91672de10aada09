using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Campaign.Mail;

/// <summary>Sends one message over SMTP with MailKit: a connection per message, since messages are few and far between.</summary>
public sealed class SmtpMailer(IOptions<EmailOptions> options)
{
    public EmailOptions Options => options.Value;

    public MimeMessage Message(string toAddress, string? toName, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Options.FromName, Options.From));
        message.To.Add(new MailboxAddress(toName ?? "", toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    /// <summary>Throws when the server cannot be reached or refuses the message; the caller records why.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = Options.Smtp;
        if (!smtp.IsConfigured) throw new InvalidOperationException("Email is not configured (Email:Smtp:Host).");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, SecurityOf(smtp.Security), timeout.Token);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", timeout.Token);
        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }

    private static SecureSocketOptions SecurityOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
