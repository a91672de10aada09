using System.Text.Json;
using System.Text.Json.Serialization;
using Campaign.Campaigns;

namespace Campaign.Importing;

/// <summary>samples/ipem/campaign.json: the campaign, its asks, milestones and coalition.</summary>
internal sealed record CampaignFile(
    string Name,
    string Goal,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<CampaignFileAsk> Asks,
    IReadOnlyList<CampaignFileMilestone> Milestones,
    IReadOnlyList<CampaignFilePartner> Coalition)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static CampaignFile Load(string path) =>
        JsonSerializer.Deserialize<CampaignFile>(File.ReadAllText(path), Options)
        ?? throw new ImportException($"{Path.GetFileName(path)} is empty.");
}

internal sealed record CampaignFileAsk(string Code, string Title, string? Description);

internal sealed record CampaignFileMilestone(string Title, DateOnly? TargetDate, DateOnly? CompletedOn, MilestoneStatus Status, string? Evidence);

internal sealed record CampaignFilePartner(string Organisation, CoalitionRole Role);
