using System.ComponentModel.DataAnnotations;

namespace Campaign.Mail;

public enum SmtpSecurity
{
    /// <summary>MailKit decides from the port: TLS on connect for 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The SMTP server ("Email:Smtp"). No host, no email: reminders and password-reset emails are not sent.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? UserName { get; set; }

    /// <summary>From the environment (<c>Email__Smtp__Password</c>), never from a file in the repository.</summary>
    public string? Password { get; set; }

    /// <summary>Connect, authenticate and send must finish within this, so a dead server cannot hold the worker.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Email settings ("Email").</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    [MaxLength(FieldLengths.Email)]
    public string From { get; set; } = "campaign@localhost";

    public string FromName { get; set; } = "Campaign";

    /// <summary>The app's public address for links in emails: a background job has no request to take it from.</summary>
    public string AppBaseUrl { get; set; } = "http://localhost:5123";

    /// <summary>Off in tests that drive the workers' steps themselves; the workers do nothing when SMTP is not configured.</summary>
    public bool Workers { get; set; } = true;

    /// <summary>How often the delivery worker looks for due messages, and the digest job for users whose time has come.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a message is marked failed and shown to administrators.</summary>
    public int MaxAttempts { get; set; } = 4;

    public string Link(string path) => AppBaseUrl.TrimEnd('/') + path;
}
