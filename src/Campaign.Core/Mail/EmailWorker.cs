using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Campaign.Mail;

/// <summary>Every <see cref="EmailOptions.PollInterval"/>: writes the digests that are due, then sends what the outbox holds.</summary>
public sealed class EmailWorker(DailyDigest digest, EmailOutbox outbox, TimeProvider clock, IOptions<EmailOptions> options, ILogger<EmailWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Workers) return;
        if (!settings.Smtp.IsConfigured)
        {
            logger.LogInformation("Email is not configured (Email:Smtp:Host): no reminders or password-reset emails are sent.");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await digest.RunDueAsync(clock.GetUtcNow(), stoppingToken);
                await outbox.DeliverDueAsync(stoppingToken);
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Thrown out of ExecuteAsync, this would stop the app; the next pass is another try.
                logger.LogError(ex, "The email worker's pass failed; it will try again.");
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
