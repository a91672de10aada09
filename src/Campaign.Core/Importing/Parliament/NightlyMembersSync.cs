using Campaign.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Refreshes the directory from Parliament every night at <see cref="NightlyMembersSyncOptions.At"/> UK time. Of several
/// instances on one database, the one that takes the "members-sync" lease runs it; a day once done is not done again, and
/// a day that failed is left open, so the next night tries again. A missed time is not made up on start-up: the next run
/// is always the next one on the clock, and staff can refresh at once from the import page.
/// </summary>
public sealed class NightlyMembersSync(
    IServiceProvider services, JobLeases leases, TimeProvider clock, IOptions<NightlyMembersSyncOptions> options, ILogger<NightlyMembersSync> logger)
    : BackgroundService
{
    public const string JobName = "members-sync";

    /// <summary>This instance, as the lease names it: enough for an operator to tell instances apart.</summary>
    internal string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Nightly)
        {
            logger.LogInformation("The nightly refresh from Parliament is off ({Section}:Nightly).", NightlyMembersSyncOptions.Section);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = DailySchedule.NextRun(now, settings.At, DailySchedule.UkTime);
            logger.LogInformation("The next refresh from Parliament is due at {Due:yyyy-MM-dd HH:mm} UK time.", TimeZoneInfo.ConvertTime(due, DailySchedule.UkTime));
            try
            {
                await Task.Delay(due - now, clock, stoppingToken);
                // The due instant, not the clock: a timer firing a moment early must not run the day before's refresh.
                await RunDueAsync(due, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Thrown out of ExecuteAsync, this would stop the whole app; tomorrow night is another try.
                logger.LogError(ex, "The nightly refresh from Parliament failed; it will be tried again tomorrow night.");
            }
        }
    }

    /// <summary>
    /// The refresh for the UK day of <paramref name="now"/>, if it is on, this instance gets the lease and that day is not
    /// done yet; null when it did not run.
    /// </summary>
    public async Task<MembersSyncResult?> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Nightly) return null;
        var day = DailySchedule.DateIn(now, DailySchedule.UkTime);
        var grant = await leases.TryAcquireAsync(JobName, Holder, settings.LeaseDuration, day, cancellationToken);
        if (grant != LeaseGrant.Granted)
        {
            logger.LogDebug("The refresh from Parliament for {Day} is not run here: {Reason}.", day,
                grant == LeaseGrant.AlreadyCompleted ? "it is done already" : "another instance is running it");
            return null;
        }

        var completed = false;
        try
        {
            // Resolved per run: the sync is transient, with a fresh typed client from the factory.
            var result = await services.GetRequiredService<ParliamentMembersSync>().ImportAsync(Actor.System, cancellationToken: cancellationToken);
            switch (result.Status)
            {
                case MembersSyncStatus.Imported or MembersSyncStatus.NothingChanged:
                    logger.LogInformation("Nightly refresh from Parliament: {Message}", result.Message);
                    completed = await leases.CompleteAsync(JobName, Holder, day, CancellationToken.None);
                    break;
                case MembersSyncStatus.Failed:
                    logger.LogWarning("Nightly refresh from Parliament: {Message} It will be tried again tomorrow night.", result.Message);
                    break;
                case MembersSyncStatus.Refused:
                    logger.LogError("Nightly refresh from Parliament: {Message} It will be tried again tomorrow night.", result.Message);
                    break;
                default:
                    logger.LogInformation("Nightly refresh from Parliament: {Message}", result.Message);
                    break;
            }
            // The monitors run under the same lease, after the directory is fresh, so new items find the newest members.
            await RunMonitorsAsync(cancellationToken);
            return result;
        }
        finally
        {
            // Not completed: let the lease go now, so the day stays open for the next night (or another instance).
            if (!completed) await leases.ReleaseAsync(JobName, Holder, CancellationToken.None);
        }
    }

    private async Task RunMonitorsAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var run in await services.GetRequiredService<Monitoring.MonitorRunner>().RunAllAsync(cancellationToken))
                logger.LogInformation("Nightly monitor run: {Message}", run.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing monitor leaves its reason on the monitor; anything else is logged, and the members refresh stands.
            logger.LogError(ex, "The nightly monitor run failed.");
        }
    }
}
