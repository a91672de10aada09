using Campaign.Campaigns;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Testing;

/// <summary>Builds small hand-made data sets whose expected answers are obvious from the test.</summary>
public sealed class Builder(CampaignDbContext db)
{
    public LobbyCampaign Campaign(params string[] askCodes)
    {
        var campaign = new LobbyCampaign
        {
            Name = "Test campaign",
            Asks = askCodes.Select((code, i) => new Ask { Code = code, Title = $"Ask {code}", SortOrder = i }).ToList(),
        };
        db.Campaigns.Add(campaign);
        return campaign;
    }

    public Organisation Organisation(string name, string? shortName = null, OrganisationKind kind = OrganisationKind.Other)
    {
        var organisation = new Organisation { Name = name, ShortName = shortName, Kind = kind };
        db.Organisations.Add(organisation);
        return organisation;
    }

    public Stakeholder Person(string given, string family, StakeholderKind kind = StakeholderKind.Other, Action<Stakeholder>? configure = null)
    {
        var person = new Stakeholder
        {
            Kind = kind, GivenName = given, FamilyName = family, DisplayName = $"{given} {family}",
            House = kind switch { StakeholderKind.MP => House.Commons, StakeholderKind.Peer => House.Lords, _ => null },
        };
        configure?.Invoke(person);
        db.Stakeholders.Add(person);
        return person;
    }

    public StatedPosition Position(Stakeholder person, Ask ask, Stance stance, DateOnly statedOn)
    {
        var position = new StatedPosition
        {
            Stakeholder = person, Ask = ask, Stance = stance, StatedOn = statedOn, EvidenceKind = EvidenceKind.Inferred,
            Confidence = Confidence.Likely,
        };
        db.StatedPositions.Add(position);
        return position;
    }

    public Interaction Interaction(LobbyCampaign campaign, DateTime when, params Stakeholder[] attendees)
    {
        var interaction = new Interaction
        {
            Campaign = campaign, Kind = InteractionKind.Meeting, OccurredAt = when, Title = $"Meeting {when:yyyy-MM-dd}",
            Attendees = attendees.Select(a => new InteractionAttendee { Stakeholder = a }).ToList(),
        };
        db.Interactions.Add(interaction);
        return interaction;
    }

    /// <summary>Users behind <see cref="TestActors"/>, for writes that record who made them.</summary>
    public void TestActorUsers()
    {
        foreach (var actor in new[] { TestActors.Admin, TestActors.PublicAffairs, TestActors.Leadership })
            db.Users.Add(new Users.CampaignUser { Id = actor.UserId!, UserName = actor.UserId, DisplayName = actor.Name });
    }

    public Task SaveAsync() => db.SaveChangesAsync();
}
