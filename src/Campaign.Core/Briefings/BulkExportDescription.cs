using Campaign.Stakeholders;

namespace Campaign.Briefings;

/// <summary>
/// How a directory list is described wherever it is recorded: a bulk export in the pack history, a mail merge on its record
/// and its library files ("Stakeholders: kind MP, supportive or neutral on Statutory registration, not contacted in 90 days").
/// </summary>
public static class BulkExportDescription
{
    /// <summary>
    /// The filters in words. <paramref name="askTitle"/> is the title of the stance filter's ask; the caller looks it
    /// up only when the filter has both an ask and a stance (null reads "an ask").
    /// </summary>
    public static string Of(StakeholderListQuery query, string? askTitle)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Search)) parts.Add($"matching “{query.Search.Trim()}”");
        if (query.Kind is { } kind) parts.Add($"kind {Wording.Of(kind)}");
        if (query.Party is { } party) parts.Add($"party {party}");
        if (query.House is { } house) parts.Add($"House of {house}");
        if (query.Priority is { } priority) parts.Add($"priority {priority}");
        if (query.Tag is { } tag) parts.Add($"tag {tag}");
        if (query.Status is { } status) parts.Add(Wording.Of(status).ToLowerInvariant());
        if (query.StanceAskId is not null && query.Stance is { } stances)
            parts.Add($"{stances.Describe(s => Wording.Of(s).ToLowerInvariant())} on {askTitle ?? "an ask"}");
        if (query.NotContactedInDays is { } days) parts.Add($"not contacted in {days} days");
        return parts.Count == 0 ? "All stakeholders" : "Stakeholders: " + string.Join(", ", parts);
    }

    /// <summary>The description with the stance filter's ask looked up by its title, when the filter names one.</summary>
    public static async Task<string> OfAsync(CampaignDbContext db, StakeholderListQuery query, CancellationToken cancellationToken)
    {
        var askTitle = query is { StanceAskId: { } askId, Stance: not null }
            ? await db.Asks.Where(a => a.Id == askId).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Of(query, askTitle);
    }
}
