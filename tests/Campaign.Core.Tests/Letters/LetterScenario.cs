using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;

namespace Campaign.Core.Tests.Letters;

/// <summary>A campaign with one letter template and MPs to write to: the first is Fiona MacAulay, addressed "Ms MacAulay".</summary>
internal sealed record LetterScenario(TestDatabase Database, int CampaignId, int TemplateId, IReadOnlyList<int> PeopleIds)
{
    public const string Letterhead = "Institute of Physics and Engineering in Medicine\nFairmount House, York";

    public const string Body = """
        I am writing on behalf of the **{{ campaign.name }}** to ask you, as the member for {{ recipient.constituency }}, to table a written question.

        {% for position in recipient.positions %}- {{ position.ask }}: {{ position.stance }}
        {% endfor %}
        """;

    public static async Task<LetterScenario> CreateAsync(TestDatabase database, int people, string body = Body)
    {
        await using var db = database.CreateDbContext();
        var build = new Builder(db);
        build.TestActorUsers();
        var campaign = build.Campaign("REG", "PQ");
        var persons = new List<Stakeholder>();
        for (var i = 0; i < people; i++)
        {
            var person = i == 0
                ? build.Person("Fiona", "MacAulay", StakeholderKind.MP, p => { p.AddressAs = "Ms MacAulay"; p.Constituency = "Glasgow Riverside"; p.Party = "Labour"; })
                : build.Person("Member", $"Number{i:D3}", StakeholderKind.MP, p => { p.AddressAs = $"Mx Number{i:D3}"; p.Constituency = $"Seat {i}"; p.Party = "Labour"; });
            persons.Add(person);
        }
        build.Position(persons[0], campaign.Asks[0], Stance.Supportive, new DateOnly(2026, 10, 1));
        var template = new PositionStatementTemplate
        {
            Campaign = campaign, Kind = TemplateKind.Letter, Audience = Audience.MP, VersionNumber = 1, Title = "Written question on clinical technologists",
            Markdown = body, LetterheadText = Letterhead, SignOff = "Yours sincerely", CreatedAt = database.Clock.GetUtcNow(),
        };
        db.PositionStatementTemplates.Add(template);
        await build.SaveAsync();
        return new LetterScenario(database, campaign.Id, template.Id, persons.Select(p => p.Id).ToList());
    }
}
