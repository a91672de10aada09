using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Campaign.Importing.Parliament;

public static class MembersApiServices
{
    /// <summary>
    /// The Members API client with the standard resilience pipeline (total and per-attempt timeouts, retry with
    /// back-off honouring Retry-After, circuit breaker), configured from "Parliament:MembersApi".
    /// </summary>
    public static IServiceCollection AddParliamentMembersApi(this IServiceCollection services)
    {
        services.AddOptions<MembersApiOptions>().BindConfiguration(MembersApiOptions.Section);
        services.AddSingleton<MembersApiCache>();
        services.AddHttpClient<MembersApiClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<MembersApiOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgentHeader);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                // The pipeline's total timeout ends a page first and says so; this is only a backstop.
                http.Timeout = options.Timeout + TimeSpan.FromSeconds(5);
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => Configure(resilience, sp.GetRequiredService<IOptions<MembersApiOptions>>().Value));
        // Transient like the typed client it holds: each sync gets a client from the factory (pooled handlers, fresh DNS)
        // and its own concurrency gate.
        services.AddTransient<ParliamentMembersSync>();
        services.AddTransient<MemberDetailsService>();
        return services;
    }

    /// <summary>
    /// The nightly refresh ("Parliament:MembersSync"), as a hosted service: it starts with the web app, never with the
    /// command-line tasks, which end before the host runs. Needs <see cref="Scheduling.JobLeases"/>.
    /// </summary>
    public static IServiceCollection AddNightlyMembersSync(this IServiceCollection services)
    {
        services.AddOptions<NightlyMembersSyncOptions>().BindConfiguration(NightlyMembersSyncOptions.Section);
        services.AddSingleton<NightlyMembersSync>();
        services.AddHostedService(sp => sp.GetRequiredService<NightlyMembersSync>());
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions resilience, MembersApiOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout < options.Timeout ? options.AttemptTimeout : options.Timeout / 2;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        // Retry-After is read here rather than by the pipeline so it can be capped (a long wait is the timeout's job).
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter));
        // The breaker samples over at least twice the attempt timeout (the pipeline's own rule).
        var sampling = TimeSpan.FromSeconds(30);
        resilience.CircuitBreaker.SamplingDuration = sampling > 2 * resilience.AttemptTimeout.Timeout ? sampling : 2 * resilience.AttemptTimeout.Timeout;
    }

    /// <summary>The wait a 429 or 503 asks for (seconds or a date), at most <paramref name="cap"/>; null for the usual back-off.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable, Headers.RetryAfter: { } after }) return null;
        var wait = after.Delta ?? (after.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is not { } delay) return null;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > cap ? cap : delay;
    }
}
