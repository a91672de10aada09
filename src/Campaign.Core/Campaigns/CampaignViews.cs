namespace Campaign.Campaigns;

public sealed record CampaignView(int Id, string Name, string Goal, IReadOnlyList<string> Keywords)
{
    public IReadOnlyList<AskView> Asks { get; init; } = [];
    public IReadOnlyList<MilestoneView> Milestones { get; init; } = [];
    public IReadOnlyList<PartnerView> Partners { get; init; } = [];
}

public sealed record AskView(int Id, string Code, string Title, string Description);

public sealed record MilestoneView(int Id, string Title, DateOnly? TargetDate, DateOnly? CompletedOn, MilestoneStatus Status, string Evidence);

public sealed record PartnerView(int OrganisationId, string Name, string? ShortName, CoalitionRole Role, string? Website);

public sealed record CampaignRef(int Id, string Name);
