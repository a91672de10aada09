using System.ComponentModel.DataAnnotations;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Monitoring;

/// <summary>A monitor as the monitors list shows it.</summary>
public sealed record MonitorView(
    int Id, int CampaignId, string Name, IReadOnlyList<string> Phrases, IReadOnlyList<MonitorSource> Sources, DateOnly StartDate, bool IsActive,
    DateTimeOffset? LastRunAt, string? LastRunOutcome, int NewItems, long Version);

/// <summary>A monitor's fields as the form edits them; phrases one per line.</summary>
public sealed class MonitorEditModel
{
    public int CampaignId { get; set; }

    [Required(ErrorMessage = "Give the monitor a name, e.g. \"Clinical technologists\".")]
    [StringLength(FieldLengths.Name, ErrorMessage = "A name is at most 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>One phrase per line; each is searched as written.</summary>
    public string Phrases { get; set; } = "";

    public HashSet<MonitorSource> Sources { get; set; } = [.. Enum.GetValues<MonitorSource>()];

    public DateOnly? StartDate { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public IReadOnlyList<string> PhraseList =>
        Phrases.Split('\n').Select(p => p.Trim().Trim('"').Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>An inbox item with the words around its first match, for the list.</summary>
public sealed record MonitorInboxItem(
    int Id, MonitorSource Source, string Title, string Snippet, DateOnly Date, string Url, string? Reference,
    int? MemberId, string? MemberName, House? House, int? StakeholderId, string? StakeholderName,
    IReadOnlyList<string> MatchedPhrases, string? AnsweringBody, DateOnly? AnsweredOn, string? AnswerSnippet, string? LastChange,
    Stance? ProposedStance, int? TrackedBillId, TriageStatus Status, string? TriagedBy, int? StatedPositionId, int? InteractionId, long Version);

public sealed record MonitorInboxQuery(int CampaignId, TriageStatus Status = TriageStatus.New, MonitorSource? Source = null, int Page = 1, int PageSize = 25);

/// <summary>A page of the inbox, and how many items of the status each source has (for the source tabs).</summary>
public sealed record MonitorInboxPage(PagedResult<MonitorInboxItem> Items, IReadOnlyDictionary<MonitorSource, int> CountsBySource);

/// <summary>"In Parliament this week" on the dashboard: items found per source in the last seven days, and the newest five.</summary>
public sealed record ParliamentWeek(IReadOnlyDictionary<MonitorSource, int> CountsBySource, IReadOnlyList<MonitorInboxItem> Newest)
{
    public static readonly ParliamentWeek None = new(new Dictionary<MonitorSource, int>(), []);
}

/// <summary>What Parliament said or did that staff recorded as evidence, as a profile shows it (both views).</summary>
public sealed record ParliamentEvidence(int Id, MonitorSource Source, string Title, DateOnly Date, string Url, string? Reference);
