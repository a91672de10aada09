using System.Text.Json.Nodes;
using Campaign.Engagements;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Positions;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing;

public sealed class WrittenQuestionsImportTests : DatabaseTest
{
    private WrittenQuestionsImportService _import = null!;
    private int _campaignId;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override async Task SetUpAsync()
    {
        _import = new WrittenQuestionsImportService(Database, Database.Clock);
        _campaignId = await Database.WithContextAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        await Database.AddTestActorUsersAsync();
    }

    [Fact]
    public async Task Questions_matching_the_campaign_keywords_become_questions_of_the_member_who_asked()
    {
        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        Assert.Equal(6, outcome.QuestionsInFile);
        Assert.Equal(2, outcome.NotRelevant);
        Assert.Equal(["41207", "41388", "HL5120"], outcome.ToImport.Select(q => q.Uin));
        Assert.Equal("medical physics", outcome.Relevant.Single(q => q.Uin == "41388").MatchedKeyword); // found in the text, not the heading
        var unknown = Assert.Single(outcome.UnknownAskers);
        Assert.Equal((99999, "41501"), (unknown.AskingMemberId, unknown.Uin));

        await using var db = Database.CreateDbContext();
        var question = await db.Interactions.Include(i => i.Attendees).ThenInclude(a => a.Stakeholder)
            .SingleAsync(i => i.PqUin == "HL5120");
        Assert.Equal(InteractionKind.ParliamentaryQuestion, question.Kind);
        Assert.Equal(new DateTime(2026, 3, 9), question.OccurredAt);
        Assert.Equal("Written question HL5120: Healthcare Science: Workforce", question.Title);
        Assert.Equal(90032, Assert.Single(question.Attendees).Stakeholder!.ParliamentMemberId);
        Assert.Contains("Answered 23 March 2026: The Long Term Workforce Plan covers healthcare science.", question.Summary);
        Assert.DoesNotContain("<p>", question.Summary);
        Assert.Equal(question.Id, outcome.Relevant.Single(q => q.Uin == "HL5120").InteractionId);
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        await _import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));
        var before = await ImportFixtures.CountsAsync(Database);

        var again = await _import.PreviewAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));

        Assert.Empty(again.ToImport);
        Assert.Equal(3, again.Relevant.Count(q => q.AlreadyImported));
        await _import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));
        Assert.Equal(before[2], (await ImportFixtures.CountsAsync(Database))[2]);
    }

    [Fact]
    public async Task A_question_imported_by_someone_else_meanwhile_is_not_added_twice()
    {
        // After this import has read what is already there, someone else's import adds one of the same questions.
        var other = 0;
        var meanwhile = new Meanwhile(() =>
        {
            using var db = Database.CreateDbContext();
            var asker = db.Stakeholders.Single(s => s.ParliamentMemberId == 90032);
            var question = new Interaction
            {
                CampaignId = _campaignId, Kind = InteractionKind.ParliamentaryQuestion, OccurredAt = new DateTime(2026, 3, 9), PqUin = "HL5120",
                Title = "Written question HL5120: Healthcare Science: Workforce", Attendees = [new InteractionAttendee { StakeholderId = asker.Id }],
            };
            db.Interactions.Add(question);
            db.SaveChanges();
            other = question.Id;
        });
        var import = new WrittenQuestionsImportService(Database.With(meanwhile), Database.Clock);

        var outcome = await import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));

        Assert.True(meanwhile.Happened);
        Assert.True(outcome.Committed, string.Join("; ", outcome.Problems));
        Assert.Equal(["41207", "41388"], outcome.ToImport.Select(q => q.Uin));
        var hl5120 = outcome.Relevant.Single(q => q.Uin == "HL5120");
        Assert.Equal((true, other), (hl5120.AlreadyImported, hl5120.InteractionId));
        await using var check = Database.CreateDbContext();
        Assert.Equal(1, await check.Interactions.CountAsync(i => i.PqUin == "HL5120"));
        Assert.Equal(2, (await check.Set<ImportBatch>().SingleAsync(b => b.Kind == ImportKind.WrittenQuestions)).Created);
    }

    [Fact]
    public async Task An_asker_deleted_meanwhile_leaves_their_question_out_instead_of_failing_the_import()
    {
        var meanwhile = new Meanwhile(() =>
        {
            using var db = Database.CreateDbContext();
            db.Database.ExecuteSqlRaw("""DELETE FROM "Stakeholders" WHERE "ParliamentMemberId" = 90032""");
        });
        var import = new WrittenQuestionsImportService(Database.With(meanwhile), Database.Clock);

        var outcome = await import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));

        Assert.True(meanwhile.Happened);
        Assert.True(outcome.Committed, string.Join("; ", outcome.Problems));
        Assert.Equal(["41207", "41388"], outcome.ToImport.Select(q => q.Uin));
        Assert.Contains(outcome.UnknownAskers, q => q.Uin == "HL5120");
        await using var check = Database.CreateDbContext();
        Assert.False(await check.Interactions.AnyAsync(i => i.PqUin == "HL5120"));
    }

    [Fact]
    public async Task The_campaign_keywords_decide_what_is_relevant()
    {
        await _import.SetKeywordsAsync(TestActors.PublicAffairs, _campaignId, ["  dentistry ", "DENTISTRY", ""]);

        var outcome = await _import.PreviewAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));

        Assert.Equal(["dentistry"], await _import.KeywordsAsync(TestActors.PublicAffairs, _campaignId));
        Assert.Equal("41555", Assert.Single(outcome.ToImport).Uin);
    }

    [Fact]
    public async Task Without_keywords_of_its_own_a_campaign_uses_the_defaults()
    {
        await _import.SetKeywordsAsync(TestActors.PublicAffairs, _campaignId, []);

        Assert.Equal(["clinical technologist", "medical physics", "healthcare science"], await _import.KeywordsAsync(TestActors.PublicAffairs, _campaignId));
    }

    [Fact]
    public async Task An_imported_question_can_be_cited_as_evidence_for_a_position()
    {
        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, _campaignId, ImportFixtures.Fixture("written-questions.json"));
        var question = outcome.ToImport.Single(q => q.Uin == "41207");
        await using var db = Database.CreateDbContext();
        var askId = await db.Asks.Where(a => a.Code == "registration").Select(a => a.Id).SingleAsync();

        var saved = await new PositionService(Database, Database.Clock).RecordAsync(TestActors.PublicAffairs, new PositionRecordModel
        {
            StakeholderId = question.StakeholderId!.Value, AskId = askId, Stance = Stance.Supportive, StatedOn = question.DateTabled,
            EvidenceKind = EvidenceKind.ParliamentaryQuestion, PqUin = question.Uin,
        });

        Assert.True(saved.Succeeded);
        Assert.True(await db.StatedPositions.AnyAsync(p => p.PqUin == "41207" && p.StakeholderId == question.StakeholderId));
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "truncated", "not complete, valid JSON" },
        { "wrong shape", "looks like a Members API result, not written questions" },
        { "binary", "not text" },
        { "empty", "The file is empty." },
        { "25 MB", "the most one upload may be is 20 MB" },
        { "bad date", "Row 1, dateTabled: \"yesterday\" is not a date" },
        { "unknown house", "Row 2, house: \"Senate\" is not a house (Commons or Lords)" },
        { "duplicate", "Row 4, id: question 1790001 is in the file twice (also result 1)" },
        { "over-long uin", "Row 3, uin: is 40 characters long; the most is 30" },
        { "missing member", "Row 1, askingMemberId: is missing" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gives_a_clear_error_and_writes_nothing(string kind, string message)
    {
        var before = await ImportFixtures.CountsAsync(Database);

        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, _campaignId, BadFile(kind));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await ImportFixtures.CountsAsync(Database));
    }

    [Fact]
    public async Task Only_roles_that_import_data_may_import_or_set_keywords()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.ImportAsync(TestActors.Leadership, _campaignId, ImportFixtures.Fixture("written-questions.json")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.SetKeywordsAsync(TestActors.Leadership, _campaignId, ["x"]));
    }

    private static UploadedFile BadFile(string kind)
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(ImportFixtures.Folder, "written-questions.json")))!;
        JsonNode Value(int index) => file["results"]![index]!["value"]!;
        switch (kind)
        {
            case "truncated": return ImportFixtures.Truncated(ImportFixtures.Fixture("written-questions.json"));
            case "wrong shape": return ImportFixtures.Sample("members-commons.json");
            case "binary": return ImportFixtures.Garbage("questions.json");
            case "empty": return new UploadedFile("questions.json", []);
            case "25 MB": return ImportFixtures.TwentyFiveMegabytes("questions.json", "{\"results\": [");
            case "bad date": Value(0)["dateTabled"] = "yesterday"; break;
            case "unknown house": Value(1)["house"] = "Senate"; break;
            case "duplicate": Value(3)["id"] = 1790001; break;
            case "over-long uin": Value(2)["uin"] = new string('9', 40); break;
            case "missing member": Value(0).AsObject().Remove("askingMemberId"); break;
        }
        return ImportFixtures.Json("written-questions.json", file);
    }
}
