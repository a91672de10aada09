namespace Campaign.Monitoring.Sources;

/// <summary>
/// Where one of Parliament's search APIs is and how politely and patiently it is asked; one named instance per API
/// (the name is its configuration section, e.g. <see cref="Hansard"/>).
/// </summary>
public sealed class MonitorSourceOptions
{
    public const string Hansard = "Parliament:HansardApi";
    public const string WrittenQuestions = "Parliament:WrittenQuestionsApi";
    public const string EarlyDayMotions = "Parliament:EdmApi";
    public const string Bills = "Parliament:BillsApi";

    /// <summary>Set per API before configuration is bound (see <see cref="MonitorSourceServices"/>).</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>How long one request may take, retries included, before the search gives up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it is tried again.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight at once per search: Parliament's APIs are shared public services.</summary>
    public int MaxConcurrency { get; set; } = 4;

    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off between retries; it doubles each time (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest a Retry-After from the API is honoured; tests make it short.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items asked for per page.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Who is asking, so Parliament can tell us apart and reach us; <see cref="Contact"/> is added in brackets.</summary>
    public string UserAgent { get; set; } = "Campaign/1.0";

    /// <summary>A web address or mailto: link for Parliament's operators, e.g. "mailto:it@example.org".</summary>
    public string? Contact { get; set; }

    public string UserAgentHeader => string.IsNullOrWhiteSpace(Contact) ? UserAgent : $"{UserAgent} (+{Contact.Trim()})";

    public string TimeoutText => $"{Timeout.TotalSeconds:0.#} s";
}
