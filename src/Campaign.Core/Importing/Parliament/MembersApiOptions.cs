namespace Campaign.Importing.Parliament;

/// <summary>Where the Members API is and how politely and patiently it is asked ("Parliament:MembersApi").</summary>
public sealed class MembersApiOptions
{
    public const string Section = "Parliament:MembersApi";

    public string BaseUrl { get; set; } = "https://members-api.parliament.uk/api";

    /// <summary>How long one page may take, retries included, before the sync gives up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt at a page may take before it is tried again.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight at once: Parliament's API is a shared public service.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Who is asking, so Parliament can tell us apart and reach us; <see cref="Contact"/> is added in brackets.</summary>
    public string UserAgent { get; set; } = "Campaign/1.0";

    /// <summary>A web address or mailto: link for Parliament's operators, e.g. "mailto:it@example.org".</summary>
    public string? Contact { get; set; }

    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off between retries; it doubles each time (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest a Retry-After from the API is honoured; tests make it short.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Members per page; the API serves at most 20.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Members who left since the last sync are fetched from this long before it, in case one was recorded late.</summary>
    public TimeSpan EndedOverlap { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Without an earlier sync, members who left this long ago or later are fetched.</summary>
    public TimeSpan FirstEndedLookBack { get; set; } = TimeSpan.FromDays(365);

    public string UserAgentHeader => string.IsNullOrWhiteSpace(Contact) ? UserAgent : $"{UserAgent} (+{Contact.Trim()})";

    public string TimeoutText => $"{Timeout.TotalSeconds:0.#} s";
}
