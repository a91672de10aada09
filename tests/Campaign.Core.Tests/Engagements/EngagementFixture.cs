using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Engagements;

/// <summary>A small campaign: two MPs, one civil servant, two asks, two partner bodies and a staff user.</summary>
public abstract class EngagementFixture : DatabaseTest
{
    protected InteractionService Interactions { get; private set; } = null!;
    protected FollowUpService FollowUps { get; private set; } = null!;
    protected PositionService Positions { get; private set; } = null!;
    protected StakeholderService Stakeholders { get; private set; } = null!;
    protected LobbyCampaign Campaign { get; private set; } = null!;
    protected Ask Registration => Campaign.Asks[0];
    protected Ask Pgd => Campaign.Asks[1];
    protected Stakeholder Adams { get; private set; } = null!;
    protected Stakeholder Baker { get; private set; } = null!;
    protected Stakeholder Dhillon { get; private set; } = null!;
    protected Organisation Ipem { get; private set; } = null!;
    protected Organisation Rct { get; private set; } = null!;
    protected CampaignUser StaffUser { get; private set; } = null!;

    protected Actor Staff => new(StaffUser.Id, StaffUser.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);

    protected override async Task SetUpAsync()
    {
        Interactions = new InteractionService(Database);
        FollowUps = new FollowUpService(Database, Database.Clock);
        Positions = new PositionService(Database, Database.Clock);
        Stakeholders = new StakeholderService(Database, Database.Clock);

        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        Campaign = b.Campaign("registration", "pgd");
        Adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Bristol Central"; });
        Baker = b.Person("Ben", "Baker", StakeholderKind.MP, s => { s.Party = "Conservative"; s.Constituency = "Bath"; });
        Dhillon = b.Person("Dev", "Dhillon", StakeholderKind.CivilServant, s => s.Department = "Professional Regulation");
        Ipem = b.Organisation("Institute of Physics and Engineering in Medicine", "IPEM", OrganisationKind.CoalitionPartner);
        Rct = b.Organisation("Register of Clinical Technologists", "RCT", OrganisationKind.CoalitionPartner);
        StaffUser = new CampaignUser { UserName = "hannah@westbridge.example", Email = "hannah@westbridge.example", DisplayName = "Hannah Mercer" };
        db.Users.Add(StaffUser);
        await b.SaveAsync();
    }

    protected InteractionEditModel Meeting(DateTime when, params Stakeholder[] attendees) => new()
    {
        CampaignId = Campaign.Id, Kind = InteractionKind.Meeting, OccurredAt = when, Title = $"Meeting on {when:d MMM yyyy}",
        Location = "Portcullis House", AttendeeIds = attendees.Select(a => a.Id).ToList(), StaffIds = [StaffUser.Id], PartnerIds = [Ipem.Id],
        AskIds = [Registration.Id], Summary = "Discussed statutory registration.", TheirConcerns = "Cost to the NHS.",
    };
}
