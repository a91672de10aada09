using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Stakeholders;

namespace Campaign.Organisations;

public sealed record OrganisationListItem(int Id, string Name, string? ShortName, OrganisationKind Kind, string? ParentName, int PeopleCount);

public sealed record OrganisationProfile(
    int Id, string Name, string? ShortName, OrganisationKind Kind, int? ParentId, string? ParentName, string? Website, string? Notes)
{
    public IReadOnlyList<OrganisationPerson> People { get; init; } = [];
    public IReadOnlyList<OrganisationRef> Children { get; init; } = [];
    public IReadOnlyList<CoalitionMembership> Coalitions { get; init; } = [];
}

public sealed record OrganisationPerson(int Id, string DisplayName, StakeholderKind Kind, string? Role);

public sealed record OrganisationRef(int Id, string Name);

public sealed record CoalitionMembership(int CampaignId, string CampaignName, CoalitionRole Role);

public sealed class OrganisationEditModel
{
    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "Name must be 200 characters or fewer.")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Short, ErrorMessage = "Short name must be 50 characters or fewer.")]
    public string? ShortName { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.Other;

    public int? ParentId { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://.")]
    [StringLength(FieldLengths.Line)]
    public string? Website { get; set; }

    [StringLength(FieldLengths.Text)]
    public string? Notes { get; set; }

    public long Version { get; set; }
}
