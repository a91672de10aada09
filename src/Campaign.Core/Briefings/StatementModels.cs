using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Briefings;

/// <summary>Builds the allow-listed template model from a pack's data: public facts and non-confidential contact only.</summary>
internal static class StatementModels
{
    public const int RecentInteractions = 10;

    public static StatementModel For(PackPerson person, PackCampaign campaign, DateTime now) => ForShared(person.Shared(), campaign, now);

    private static StatementModel ForShared(PackPerson person, PackCampaign campaign, DateTime now) => new(
        new StatementStakeholder(
            person.DisplayName, person.Honorific, person.GivenName, person.FamilyName, person.PostNominals, Wording.Of(person.Kind),
            person.Party, person.Constituency, person.House switch { House.Commons => "Commons", House.Lords => "Lords", _ => null },
            person.Peerage, person.Department, person.Role, person.OrganisationName, person.Posts),
        new StatementCampaign(
            campaign.Name, campaign.Goal,
            campaign.Asks.Select(a => new StatementAsk(a.Code, a.Title, a.Description)).ToList(),
            campaign.Milestones.Select(m => new StatementMilestone(m.Title, Wording.Of(m.Status), ToDate(m.TargetDate), ToDate(m.CompletedOn))).ToList()),
        person.CurrentPositions.OrderBy(p => p.AskOrder)
            .Select(p => new StatementPosition(p.AskTitle, Wording.Of(p.Stance), p.StatedOn.ToDateTime(TimeOnly.MinValue), Wording.Of(p.EvidenceKind),
                Wording.Of(p.Confidence)))
            .ToList(),
        person.Interactions.Where(i => i.OccurredAt <= now).Take(RecentInteractions)
            .Select(i => new StatementInteraction(i.Title, Wording.Of(i.Kind), i.OccurredAt.Date, i.Location, i.Summary))
            .ToList(),
        campaign.Partners.Select(p => new StatementPartner(p.Name, p.ShortName, Wording.Of(p.Role), p.Website)).ToList(),
        now.Date);

    /// <summary>
    /// A made-up person of the audience's kind, with a stance on every ask and one past meeting: a new version is
    /// rendered for them before it is saved, so a template that only fails when run is refused too.
    /// </summary>
    public static StatementModel Sample(Audience audience, PackCampaign campaign, DateTime now)
    {
        var kind = audience switch
        {
            Audience.MP => StakeholderKind.MP,
            Audience.Peer => StakeholderKind.Peer,
            Audience.CivilServant => StakeholderKind.CivilServant,
            Audience.HealthProfessional => StakeholderKind.HealthProfessional,
            _ => StakeholderKind.Other,
        };
        var person = new PackPerson(0, kind, "Dr Alex Sample", "Dr", "Alex", "Sample", null, "Independent", "Sampleton",
            kind == StakeholderKind.MP ? House.Commons : kind == StakeholderKind.Peer ? House.Lords : null, null, MembershipStatus.Current, null,
            "Department of Examples", "Adviser", "Sample Organisation", null, null, PriorityTier.C, 3, 3, null, null)
        {
            Posts = ["Member, Sample Committee"],
            Positions = campaign.Asks.Select((a, i) => new PackPosition(-i - 1, a.Id, a.Title, i, Positions.Stance.Neutral,
                DateOnly.FromDateTime(now), Positions.EvidenceKind.Meeting, null, null, null, null, Positions.Confidence.Likely)).ToList(),
            Interactions = [new PackInteraction(0, Engagements.InteractionKind.Meeting, now.AddDays(-7), "Introductory meeting", "Westminster",
                "A first conversation about the campaign.", null, null, null, null, false)],
        };
        return For(person, campaign, now);
    }

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
