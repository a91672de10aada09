using System.Text.Json.Nodes;
using Campaign.Briefings;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Mail;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Privacy;

/// <summary>
/// Two people to erase, with their data everywhere the app keeps it: Siân O'Brien-Ní Dhomhnaill, an MP created and then
/// renamed by Members imports, and Zoë Ó Briain, a health professional; edits of their records (an earlier email
/// included), contacts (one they were later removed from, one deleted since), positions with quotes, follow-ups,
/// relationships, and stored packs (each of theirs, another person's that names Siân, a planned meeting's, a bulk zip
/// with both, and an older zip made before mentions were recorded). Gwen Hughes and Tomos Price stay. Clock: 26 November 2026.
/// </summary>
internal sealed class ErasureScenario
{
    public const string Sian = "Siân O'Brien-Ní Dhomhnaill";
    public const string SianEarlier = "Siân O'Brien";
    public const string Zoe = "Zoë Ó Briain";
    public const string SianEmail = "sian.obrien@parliament.example";
    public const string SianOldEmail = "s.obrien@senedd.example";
    public const string ZoeEmail = "zoe.obriain@nhs.example";
    public const int SianMemberId = 4242;

    public TestDatabase Database { get; private init; } = null!;
    public BriefingService Briefings { get; private init; } = null!;
    public PrivacyService Privacy { get; private init; } = null!;
    public int SianId { get; private set; }
    public int ZoeId { get; private set; }
    public int GwenId { get; private set; }
    public int TomosId { get; private set; }
    public int PastMeetingId { get; private set; }
    public int PlannedMeetingId { get; private set; }
    public int RemovedFromMeetingId { get; private set; }
    public int DeletedMeetingId { get; private set; }

    /// <summary>Packs that print Siân's or Zoë's data: theirs, Gwen's (naming Siân), the planned meeting's, both zips.</summary>
    public int SianPack { get; private set; }
    public int ZoePack { get; private set; }
    public int GwenPack { get; private set; }
    public int MeetingPack { get; private set; }
    public int BulkPack { get; private set; }
    public int OlderBulkPack { get; private set; }

    /// <summary>A pack that does not mention them (kept as it is).</summary>
    public int UnrelatedPack { get; private set; }

    /// <summary>Seeds <paramref name="database"/>, a new empty one (a <see cref="DatabaseTest"/>'s), which the caller disposes.</summary>
    public static async Task<ErasureScenario> CreateAsync(TestDatabase database)
    {
        var scenario = new ErasureScenario
        {
            Database = database, Briefings = TestServices.Briefings(database), Privacy = TestServices.Privacy(database),
        };
        await scenario.SeedAsync();
        return scenario;
    }

    /// <summary>A Members API page with the one member.</summary>
    public static UploadedFile MembersFile(string displayAs, string listAs, string addressAs, string constituency, string name = "members.json") =>
        UploadedFile.FromText(name, new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["id"] = SianMemberId, ["nameListAs"] = listAs, ["nameDisplayAs"] = displayAs, ["nameFullTitle"] = displayAs + " MP",
                    ["nameAddressAs"] = addressAs, ["gender"] = "F",
                    ["latestParty"] = new JsonObject { ["id"] = 22, ["name"] = "Plaid Cymru", ["abbreviation"] = "PC" },
                    ["latestHouseMembership"] = new JsonObject
                    {
                        ["membershipFrom"] = constituency, ["membershipFromId"] = 4700, ["house"] = 1, ["membershipStartDate"] = "2024-07-04T00:00:00",
                        ["membershipEndDate"] = null, ["membershipStatus"] = new JsonObject { ["statusIsActive"] = true },
                    },
                    ["thumbnailUrl"] = $"https://members-api.parliament.uk/api/Members/{SianMemberId}/Thumbnail",
                },
                ["links"] = new JsonArray(),
            }),
            ["totalResults"] = 1, ["skip"] = 0, ["take"] = 20,
        }.ToJsonString());

    public static UploadedFile SianMembersFile() => MembersFile(Sian, "O'Brien-Ní Dhomhnaill, Siân", "Ms O'Brien-Ní Dhomhnaill", "Ceredigion Preseli");

    private async Task SeedAsync()
    {
        int campaignId;
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.TestActorUsers();
            var campaign = b.Campaign("registration", "pgd");
            db.PositionStatementTemplates.Add(new PositionStatementTemplate
            {
                Campaign = campaign, Audience = Audience.Default, VersionNumber = 1, Title = "Default statement",
                Markdown = "Key messages for {{ stakeholder.display_name }}: register clinical technologists.",
            });
            await b.SaveAsync();
            campaignId = campaign.Id;
        }

        // Siân arrives by a Members import and is renamed by the next one (both kept in the import history).
        var members = new MembersImportService(Database, Database.Clock);
        await members.ImportAsync(TestActors.PublicAffairs, MembersFile(SianEarlier, "O'Brien, Siân", "Ms O'Brien", "Ceredigion", "members-2024.json"));
        await members.ImportAsync(TestActors.PublicAffairs, SianMembersFile());

        await using (var db = Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var campaign = await db.Campaigns.Include(c => c.Asks).SingleAsync(c => c.Id == campaignId);
            var sian = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == SianMemberId);
            sian.Email = SianOldEmail;
            sian.Phone = "01970 612 345";
            await db.SaveChangesAsync();
            sian.Email = SianEmail;
            sian.Address = "Swyddfa'r Etholaeth, 32 Heol y Wig, Aberystwyth";
            sian.Notes = "Siân prefers Welsh-language briefings.";
            var wales = new Tag { Name = "wales" };
            sian.Tags = [wales];
            sian.Posts = [new Post { Title = "Member, Welsh Affairs Committee" }];

            var zoe = new Stakeholder
            {
                Kind = StakeholderKind.HealthProfessional, GivenName = "Zoë", FamilyName = "Ó Briain", DisplayName = Zoe, Email = ZoeEmail,
                Role = "Consultant clinical scientist", Notes = "Zoë runs the Bronglais imaging service.", Tags = [wales],
            };
            var gwen = new Stakeholder
            {
                Kind = StakeholderKind.MP, GivenName = "Gwen", FamilyName = "Hughes", DisplayName = "Gwen Hughes", Party = "Labour",
                Constituency = "Cardiff North", House = House.Commons,
            };
            var tomos = new Stakeholder { Kind = StakeholderKind.CivilServant, GivenName = "Tomos", FamilyName = "Price", DisplayName = "Tomos Price", Department = "DHSC" };
            db.Stakeholders.AddRange(zoe, gwen, tomos);
            db.Relationships.Add(new Relationship { FromStakeholder = gwen, ToStakeholder = sian, Type = RelationshipType.FormerColleagueOf, Note = "Worked with Siân at the Senedd" });
            var board = new Organisation { Name = "Hywel Dda Health Board", Kind = OrganisationKind.NhsBody, Notes = $"Contact via {Sian}" };
            db.Organisations.Add(board);

            var past = Meeting(campaign, new DateTime(2026, 5, 12, 10, 0, 0), $"Meeting with {Sian} and {Zoe}", sian, zoe, gwen);
            past.Summary = "Zoë showed the imaging suite; Ms O'Brien-Ní Dhomhnaill asked about registration. Siân will table a question.";
            past.CommitmentsByThem = "Siân to write to the Minister";
            var planned = Meeting(campaign, new DateTime(2026, 12, 10, 14, 0, 0), "Visit to Bronglais with Siân", sian, gwen);
            var removed = Meeting(campaign, new DateTime(2026, 6, 2, 9, 0, 0), "Call about imaging", zoe, gwen);
            removed.Summary = $"{Zoe} could not join in the end.";
            var deleted = Meeting(campaign, new DateTime(2026, 7, 1, 19, 0, 0), $"Dinner with {Sian}", sian);
            deleted.Summary = $"Planned with {SianEmail}; cancelled.";
            db.Interactions.AddRange(past, planned, removed, deleted);
            db.StatedPositions.AddRange(
                new StatedPosition
                {
                    Stakeholder = sian, Ask = campaign.Asks[0], Stance = Stance.Supportive, StatedOn = new DateOnly(2026, 5, 12), EvidenceKind = EvidenceKind.Meeting,
                    Interaction = past, Quote = "Siân: I'll back registration.", Confidence = Confidence.Confirmed,
                },
                new StatedPosition
                {
                    Stakeholder = zoe, Ask = campaign.Asks[0], Stance = Stance.Champion, StatedOn = new DateOnly(2026, 5, 12), EvidenceKind = EvidenceKind.PublicStatement,
                    EvidenceUrl = "https://example.org/zoe-obriain-blog", Quote = "Registration protects patients.", Confidence = Confidence.Confirmed,
                });
            var sendSian = new FollowUp { Title = "Send Siân the evidence pack", DueOn = new DateOnly(2026, 12, 1), Stakeholder = sian, Interaction = past };
            var thankZoe = new FollowUp { Title = $"Thank {Zoe} for the visit", DueOn = new DateOnly(2026, 12, 2), Stakeholder = zoe };
            db.FollowUps.AddRange(sendSian, thankZoe);
            // What the outbox copied: the email sent when Zoë's follow-up was assigned, and a digest not yet sent listing both.
            db.SentEmails.AddRange(
                new SentEmail
                {
                    Kind = EmailKind.FollowUpAssigned, ToAddress = "hannah.mercer@westbridge.example", FollowUp = thankZoe,
                    Subject = EmailText.AssignmentSubject("Sam Okoro", thankZoe.Title), Status = EmailStatus.Sent, Attempts = 1,
                },
                new SentEmail
                {
                    Kind = EmailKind.Digest, ToAddress = "hannah.mercer@westbridge.example", ForDay = new DateOnly(2026, 12, 3),
                    Subject = EmailText.DigestSubject(2, 0), Body = $"Overdue\n- {sendSian.Title}\n- {thankZoe.Title}", Status = EmailStatus.Pending,
                });
            await db.SaveChangesAsync();

            // History the audit keeps: the board's note rewritten, Zoë taken off a call, a dinner deleted.
            board.Notes = "Contact via the chief executive's office";
            removed.Attendees.RemoveAll(a => a.StakeholderId == zoe.Id);
            await db.SaveChangesAsync();
            (SianId, ZoeId, GwenId, TomosId) = (sian.Id, zoe.Id, gwen.Id, tomos.Id);
            (PastMeetingId, PlannedMeetingId, RemovedFromMeetingId) = (past.Id, planned.Id, removed.Id);
        }
        await using (var db = Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var dinner = await db.Interactions.Include(i => i.Attendees).SingleAsync(i => i.Title == $"Dinner with {Sian}");
            DeletedMeetingId = dinner.Id;
            db.Interactions.Remove(dinner);
            await db.SaveChangesAsync();
        }

        var admin = TestActors.Admin;
        SianPack = (await Briefings.ExportStakeholderPackAsync(admin, SianId, BriefingEdition.Internal))!.PackId;
        ZoePack = (await Briefings.ExportStakeholderPackAsync(admin, ZoeId, BriefingEdition.Shareable))!.PackId;
        GwenPack = (await Briefings.ExportStakeholderPackAsync(admin, GwenId, BriefingEdition.Internal))!.PackId;
        MeetingPack = (await Briefings.ExportMeetingPackAsync(admin, PlannedMeetingId, BriefingEdition.Internal))!.PackId;
        BulkPack = (await Briefings.ExportBulkAsync(admin, new StakeholderListQuery { Tag = "wales" }, "Tagged wales", BriefingEdition.Internal)).PackId;
        OlderBulkPack = (await Briefings.ExportBulkAsync(admin, new StakeholderListQuery { Search = "Briain" }, "Search: Briain", BriefingEdition.Shareable)).PackId;
        UnrelatedPack = (await Briefings.ExportStakeholderPackAsync(admin, TomosId, BriefingEdition.Internal))!.PackId;
        // As a zip made before this version: no mentions recorded.
        await using (var db = Database.CreateDbContext())
            await db.Set<BriefingPackMention>().Where(m => m.BriefingPackId == OlderBulkPack).ExecuteDeleteAsync();
    }

    public Task<int> EraseBothAsync() => Privacy.EraseManyAsync(TestActors.Admin, [SianId, ZoeId]);

    private static Interaction Meeting(LobbyCampaign campaign, DateTime when, string title, params Stakeholder[] people) => new()
    {
        Campaign = campaign, Kind = InteractionKind.Meeting, OccurredAt = when, Title = title, Location = "Aberystwyth",
        Attendees = people.Select(p => new InteractionAttendee { Stakeholder = p }).ToList(),
    };
}
