using Campaign.Briefings;
using Campaign.Confidentiality;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Letters;

/// <summary>A recipient as a letter needs them: name, address form, seat, and their current stances in the writer's view.</summary>
internal sealed record LetterPerson(
    int Id, StakeholderKind Kind, string DisplayName, string? Honorific, string GivenName, string FamilyName, string? PostNominals,
    string? AddressAs, string? Party, string? Constituency, string? Peerage, House? House, string? Role, string? Department,
    string? OrganisationName, string? Address)
{
    public IReadOnlyList<StatementPosition> Positions { get; init; } = [];
}

/// <summary>Builds the letter model (<see cref="LetterModel"/>): the parliamentary address block and the salutation.</summary>
internal static class LetterModels
{
    public static readonly IReadOnlyList<string> Commons = ["House of Commons", "London", "SW1A 0AA"];
    public static readonly IReadOnlyList<string> Lords = ["House of Lords", "London", "SW1A 0PW"];

    /// <summary>Where the letter goes: Parliament for parliamentarians, otherwise the stored address (split at commas).</summary>
    public static IReadOnlyList<string> AddressBlock(LetterPerson person)
    {
        var lines = new List<string> { NameLine(person) };
        if (person.House == House.Commons || (person.House is null && person.Kind == StakeholderKind.MP)) return [.. lines, .. Commons];
        if (person.House == House.Lords || (person.House is null && person.Kind == StakeholderKind.Peer)) return [.. lines, .. Lords];
        lines.AddRange(new[] { person.Role, person.Department ?? person.OrganisationName }.OfType<string>().Where(l => !string.IsNullOrWhiteSpace(l)));
        if (!string.IsNullOrWhiteSpace(person.Address))
            lines.AddRange(person.Address.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return lines;
    }

    /// <summary>"Dear Ms Abbott" from the address form; "Dear {display name}" when Parliament gave none.</summary>
    public static string Salutation(LetterPerson person) => $"Dear {AddressAs(person)}";

    private static string AddressAs(LetterPerson person) => string.IsNullOrWhiteSpace(person.AddressAs) ? person.DisplayName : person.AddressAs.Trim();

    private static string NameLine(LetterPerson person)
    {
        var name = person.DisplayName;
        if (!string.IsNullOrWhiteSpace(person.PostNominals)) name += " " + person.PostNominals.Trim();
        // MPs are written to as "Name MP" (Parliament's full title), unless the name already carries it.
        var isMp = person.House == House.Commons || (person.House is null && person.Kind == StakeholderKind.MP);
        return isMp && !name.EndsWith(" MP", StringComparison.Ordinal) ? name + " MP" : name;
    }

    public static LetterModel For(LetterPerson person, PackCampaign campaign, LetterSigner signer, DateTime now) => new(
        new LetterRecipient(
            person.DisplayName, person.Honorific, person.GivenName, person.FamilyName, person.PostNominals, AddressAs(person), Salutation(person),
            AddressBlock(person), Wording.Of(person.Kind), person.Party, person.Constituency, person.Peerage,
            person.House switch { House.Commons => "Commons", House.Lords => "Lords", _ => null }, person.Positions),
        signer,
        Campaign(campaign),
        now.Date);

    public static StatementCampaign Campaign(PackCampaign campaign) => new(
        campaign.Name, campaign.Goal,
        campaign.Asks.Select(a => new StatementAsk(a.Code, a.Title, a.Description)).ToList(),
        campaign.Milestones.Select(m => new StatementMilestone(m.Title, Wording.Of(m.Status), m.TargetDate?.ToDateTime(TimeOnly.MinValue),
            m.CompletedOn?.ToDateTime(TimeOnly.MinValue))).ToList());

    /// <summary>A made-up recipient of the audience's kind, for checking a template before it is saved and for previews.</summary>
    public static LetterModel Sample(Audience audience, PackCampaign campaign, LetterSigner signer, DateTime now)
    {
        var (kind, house) = audience switch
        {
            Audience.Peer => (StakeholderKind.Peer, (House?)House.Lords),
            Audience.CivilServant => (StakeholderKind.CivilServant, null),
            Audience.HealthProfessional => (StakeholderKind.HealthProfessional, null),
            Audience.Default => (StakeholderKind.Other, null),
            _ => (StakeholderKind.MP, House.Commons),
        };
        var person = new LetterPerson(0, kind, kind == StakeholderKind.Peer ? "Baroness Sample" : "Dr Alex Sample", "Dr", "Alex", "Sample", null,
            kind == StakeholderKind.Peer ? "Baroness Sample" : "Dr Sample", "Independent", house == House.Commons ? "Sampleton" : null,
            house == House.Lords ? "Life peer" : null, house, "Adviser", "Department of Examples", "Sample Organisation", "1 Example Street, London, SW1A 1AA")
        {
            Positions = campaign.Asks.Select(a => new StatementPosition(a.Title, "Neutral", now.Date, "Meeting", "Likely")).ToList(),
        };
        return For(person, campaign, signer, now);
    }

    /// <summary>The recipients, in name order, with their current stances on the campaign's asks as the writer may see them.</summary>
    public static async Task<IReadOnlyList<LetterPerson>> LoadAsync(CampaignDbContext db, IQueryable<Stakeholder> people, int campaignId,
        Clearance clearance, CancellationToken cancellationToken)
    {
        var found = await people.Where(s => s.AnonymisedAt == null)
            .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.Id)
            .Select(s => new LetterPerson(s.Id, s.Kind, s.DisplayName, s.Honorific, s.GivenName, s.FamilyName, s.PostNominals, s.AddressAs, s.Party,
                s.Constituency, s.Peerage, s.House, s.Role, s.Department, s.Organisation != null ? s.Organisation.Name : null, s.Address))
            .ToListAsync(cancellationToken);
        var ids = found.Select(p => p.Id).ToList();
        var positions = await db.StatedPositions.AsNoTracking().CurrentFor(clearance)
            .Where(p => ids.Contains(p.StakeholderId) && p.Ask!.CampaignId == campaignId)
            .OrderBy(p => p.Ask!.SortOrder)
            .Select(p => new { p.StakeholderId, p.Ask!.Title, p.Stance, p.StatedOn, p.EvidenceKind, p.Confidence })
            .ToListAsync(cancellationToken);
        var byPerson = positions.ToLookup(p => p.StakeholderId);
        return found.Select(p => p with
        {
            Positions = byPerson[p.Id].Select(s => new StatementPosition(s.Title, Wording.Of(s.Stance), s.StatedOn.ToDateTime(TimeOnly.MinValue),
                Wording.Of(s.EvidenceKind), Wording.Of(s.Confidence))).ToList(),
        }).ToList();
    }
}
