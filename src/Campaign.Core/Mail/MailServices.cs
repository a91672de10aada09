using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Mail;

public static class MailServices
{
    /// <summary>Email ("Email"): the mailer, the outbox, the digest and their worker, which does nothing until SMTP is configured.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<DailyDigest>();
        services.AddSingleton<NotificationSettings>();
        services.AddHostedService<EmailWorker>();
        return services;
    }
}
