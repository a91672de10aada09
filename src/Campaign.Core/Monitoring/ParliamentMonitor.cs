using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Monitoring.Sources;

namespace Campaign.Monitoring;

/// <summary>A saved search of a campaign: the phrases it looks for, in which of Parliament's sources, from which date.</summary>
public class ParliamentMonitor : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    [MaxLength(FieldLengths.Name)]
    public string Name { get; set; } = "";

    /// <summary>Each phrase is searched on its own; an item matching any of them is kept.</summary>
    public List<string> Phrases { get; set; } = [];

    /// <summary>The <see cref="MonitorSource"/> names watched (names, so the column reads plainly and survives reordering).</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Nothing dated earlier is fetched.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>An inactive monitor keeps its items but is left out of the nightly run.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>What the last run found or why it failed, in a sentence.</summary>
    [MaxLength(FieldLengths.Line)]
    public string? LastRunOutcome { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<MonitorSource> Watched =>
        Sources.Select(s => Enum.TryParse<MonitorSource>(s, out var source) ? source : (MonitorSource?)null).OfType<MonitorSource>().Distinct().ToList();
}
