using Campaign.Importing.Parliament;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Campaign.Monitoring.Sources;

public static class MonitorSourceServices
{
    /// <summary>
    /// The four source clients (Hansard, written questions, Early Day Motions, bills) as typed clients with the standard
    /// resilience pipeline, each also registered as an <see cref="IMonitorSource"/>; configured from
    /// "Parliament:HansardApi", "Parliament:WrittenQuestionsApi", "Parliament:EdmApi" and "Parliament:BillsApi".
    /// </summary>
    public static IServiceCollection AddParliamentMonitorSources(this IServiceCollection services)
    {
        Add<HansardSource>(services, MonitorSourceOptions.Hansard, "https://hansard-api.parliament.uk");
        Add<WrittenQuestionsSource>(services, MonitorSourceOptions.WrittenQuestions, "https://questions-statements-api.parliament.uk/api");
        Add<EarlyDayMotionsSource>(services, MonitorSourceOptions.EarlyDayMotions, "https://oralquestionsandmotions-api.parliament.uk");
        Add<BillsSource>(services, MonitorSourceOptions.Bills, "https://bills-api.parliament.uk/api/v1");
        return services;
    }

    private static void Add<TSource>(IServiceCollection services, string section, string baseUrl) where TSource : class, IMonitorSource
    {
        // The default first, so a configured BaseUrl (bound after it) wins.
        services.AddOptions<MonitorSourceOptions>(section).Configure(o => o.BaseUrl = baseUrl).BindConfiguration(section);
        services.AddHttpClient<TSource>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<MonitorSourceOptions>>().Get(section);
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgentHeader);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                // The pipeline's total timeout ends a request first and says so; this is only a backstop.
                http.Timeout = options.Timeout + TimeSpan.FromSeconds(5);
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) => Configure(resilience, sp.GetRequiredService<IOptionsMonitor<MonitorSourceOptions>>().Get(section)));
        // Transient like the typed client: each run gets its own client and concurrency gate.
        services.AddTransient<IMonitorSource>(sp => sp.GetRequiredService<TSource>());
    }

    private static void Configure(HttpStandardResilienceOptions resilience, MonitorSourceOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout < options.Timeout ? options.AttemptTimeout : options.Timeout / 2;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        // Retry-After is read by the Members API's rule so it can be capped (a long wait is the timeout's job).
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(MembersApiServices.RetryAfter(args.Outcome.Result, options.MaxRetryAfter));
        // The breaker samples over at least twice the attempt timeout (the pipeline's own rule).
        var sampling = TimeSpan.FromSeconds(30);
        resilience.CircuitBreaker.SamplingDuration = sampling > 2 * resilience.AttemptTimeout.Timeout ? sampling : 2 * resilience.AttemptTimeout.Timeout;
    }
}
