using Campaign.Briefings;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Briefings;

/// <summary>
/// A small campaign whose confidential material is marked with SECRET- tokens, so a test can tell at a glance whether
/// a shareable pack leaked any of it. The clock stands at 26 November 2026, 10:00.
/// </summary>
internal sealed class BriefingScenario
{
    /// <summary>Text that may appear only in internal packs.</summary>
    public static readonly string[] Confidential =
    [
        "SECRET-SUMMARY", "Private briefing on the Minister", "SECRET-QUOTE", "SECRET-NOTE", "SECRET-FOLLOWUP", "SECRET-ASKS",
        "SECRET-CONCERN", "SECRET-COMMITMENT", "Confidential dinner", "Priority A",
    ];

    public TestDatabase Database { get; private init; } = null!;
    public BriefingService Service { get; private init; } = null!;
    public int CampaignId { get; private set; }
    public int MpId { get; private set; }
    public int OfficialId { get; private set; }
    public int PlannedMeetingId { get; private set; }
    public int ConfidentialMeetingId { get; private set; }
    public int PastMeetingId { get; private set; }
    public int MpStatementV2Id { get; private set; }
    public int DefaultStatementId { get; private set; }

    /// <summary>Seeds <paramref name="database"/>, a new empty one (a <see cref="DatabaseTest"/>'s), which the caller disposes.</summary>
    public static async Task<BriefingScenario> CreateAsync(TestDatabase database)
    {
        var scenario = new BriefingScenario
        {
            Database = database,
            Service = new BriefingService(database, new StatementEngine(), new StakeholderDirectory(database, database.Clock), database.Clock),
        };
        await scenario.SeedAsync();
        return scenario;
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateDbContext();
        foreach (var actor in new[] { TestActors.Admin, TestActors.PublicAffairs, TestActors.Leadership })
            db.Users.Add(new CampaignUser { Id = actor.UserId!, UserName = actor.UserId, DisplayName = actor.Name });

        var ipem = new Organisation { Name = "Institute of Physics and Engineering in Medicine", ShortName = "IPEM", Kind = OrganisationKind.CoalitionPartner, Website = "https://www.ipem.ac.uk" };
        var rct = new Organisation { Name = "Register of Clinical Technologists", ShortName = "RCT", Kind = OrganisationKind.CoalitionPartner, Website = "https://www.therct.org.uk" };
        var committee = new Organisation { Name = "Welsh Affairs Committee", Kind = OrganisationKind.ParliamentaryCommittee };
        var campaign = new LobbyCampaign
        {
            Name = "Registration campaign",
            Goal = "Regulate clinical technologists.",
            Asks =
            [
                new Ask { Code = "registration", Title = "Statutory registration", SortOrder = 0 },
                new Ask { Code = "pgd", Title = "Patient Group Directions", SortOrder = 1 },
            ],
            Milestones = [new Milestone { Title = "Coalition formed", Status = MilestoneStatus.Done, SortOrder = 0 }],
            Partners = [new CoalitionPartner { Organisation = ipem, Role = CoalitionRole.Lead }, new CoalitionPartner { Organisation = rct, Role = CoalitionRole.Partner }],
        };
        db.Campaigns.Add(campaign);

        var mp = new Stakeholder
        {
            Kind = StakeholderKind.MP, Honorific = "Ms", GivenName = "Gwen", FamilyName = "Hughes", DisplayName = "Gwen Hughes",
            Party = "Plaid Cymru", Constituency = "Ceredigion Preseli", House = House.Commons, Email = "gwen.hughes@parliament.example",
            Priority = PriorityTier.A, Notes = "SECRET-NOTE prefers evening calls", RelationshipOwnerId = TestActors.PublicAffairs.UserId,
            Posts = [new Post { Title = "Member, Welsh Affairs Committee" }],
        };
        var official = new Stakeholder
        {
            Kind = StakeholderKind.CivilServant, GivenName = "Ngozi", FamilyName = "Adeyemi", DisplayName = "Ngozi Adeyemi",
            Department = "Department of Health and Social Care", Role = "Head of Regulation Policy",
        };
        db.Stakeholders.AddRange(mp, official);
        db.Relationships.Add(new Relationship { FromStakeholder = mp, ToOrganisation = committee, Type = RelationshipType.MemberOf });

        var open = Meeting(campaign, new DateTime(2026, 3, 1, 10, 0, 0), "Public roundtable on registration", mp);
        open.Summary = "PUBLIC-SUMMARY the roundtable went well.";
        open.AsksRaised = "SECRET-ASKS registration first";
        open.TheirConcerns = "SECRET-CONCERN cost to employers";
        open.CommitmentsByThem = "SECRET-COMMITMENT to table a question";
        var secret = Meeting(campaign, new DateTime(2026, 6, 1, 10, 0, 0), "Private briefing on the Minister's view", mp);
        secret.IsConfidential = true;
        secret.Summary = "SECRET-SUMMARY the Minister is wavering.";
        var planned = Meeting(campaign, new DateTime(2026, 12, 10, 14, 30, 0), "Visit to Aberystwyth hospital", mp, official);
        planned.Summary = "See the dialysis unit and meet technologists.";
        var dinner = Meeting(campaign, new DateTime(2026, 12, 20, 19, 0, 0), "Confidential dinner with the Minister", mp);
        dinner.IsConfidential = true;
        db.Interactions.AddRange(open, secret, planned, dinner);

        db.StatedPositions.AddRange(
            Position(mp, campaign.Asks[0], Stance.Neutral, new DateOnly(2026, 3, 1), open, "PUBLIC-QUOTE I need to hear more."),
            Position(mp, campaign.Asks[0], Stance.Supportive, new DateOnly(2026, 6, 1), secret, "SECRET-QUOTE off the record, I'm with you."),
            new StatedPosition
            {
                Stakeholder = mp, Ask = campaign.Asks[1], Stance = Stance.Sceptical, StatedOn = new DateOnly(2026, 2, 2),
                EvidenceKind = EvidenceKind.ParliamentaryQuestion, PqUin = "12345", Confidence = Confidence.Confirmed,
            });
        db.FollowUps.AddRange(
            new FollowUp { Title = "SECRET-FOLLOWUP send the briefing paper", DueOn = new DateOnly(2026, 11, 20), Stakeholder = mp, OwnerId = TestActors.PublicAffairs.UserId },
            new FollowUp { Title = "Finished follow-up", DueOn = new DateOnly(2026, 4, 1), Stakeholder = mp, Status = FollowUpStatus.Done });

        var mpV1 = Statement(campaign, Audience.MP, 1, "Old MP statement MP-V1-TEXT");
        var mpV2 = Statement(campaign, Audience.MP, 2, """
            # Briefing for {{ stakeholder.display_name }}

            MP-V2-TEXT: patients in **{{ stakeholder.constituency }}** rely on *clinical technologists*.

            {% for p in positions %}- {{ p.ask }}: {{ p.stance }}
            {% endfor %}
            """);
        var fallback = Statement(campaign, Audience.Default, 1, "DEFAULT-TEXT for {{ stakeholder.display_name }} of {{ stakeholder.department }}.");
        db.PositionStatementTemplates.AddRange(mpV1, mpV2, fallback);
        await db.SaveChangesAsync();

        CampaignId = campaign.Id;
        MpId = mp.Id;
        OfficialId = official.Id;
        PlannedMeetingId = planned.Id;
        ConfidentialMeetingId = dinner.Id;
        PastMeetingId = open.Id;
        MpStatementV2Id = mpV2.Id;
        DefaultStatementId = fallback.Id;
    }

    private static Interaction Meeting(LobbyCampaign campaign, DateTime when, string title, params Stakeholder[] people) => new()
    {
        Campaign = campaign, Kind = InteractionKind.Meeting, OccurredAt = when, Title = title, Location = "Portcullis House",
        Attendees = people.Select(p => new InteractionAttendee { Stakeholder = p }).ToList(),
    };

    private static StatedPosition Position(Stakeholder person, Ask ask, Stance stance, DateOnly on, Interaction evidence, string quote) => new()
    {
        Stakeholder = person, Ask = ask, Stance = stance, StatedOn = on, EvidenceKind = EvidenceKind.Meeting, Interaction = evidence,
        Quote = quote, Confidence = Confidence.Confirmed,
    };

    private static PositionStatementTemplate Statement(LobbyCampaign campaign, Audience audience, int version, string markdown) => new()
    {
        Campaign = campaign, Audience = audience, VersionNumber = version, Title = $"{audience} statement", Markdown = markdown,
        CreatedAt = new DateTimeOffset(2026, 1, version, 9, 0, 0, TimeSpan.Zero),
    };
}
