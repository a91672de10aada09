using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Importing.Parliament;
using Campaign.Privacy;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using static Campaign.Core.Tests.Privacy.ErasureScenario;

namespace Campaign.Core.Tests.Privacy;

/// <summary>Erased on request stays erased: no import re-creates the person, and the record that stops it holds nothing readable.</summary>
public sealed class ErasureSuppressionTests : DatabaseTest
{
    private ErasureScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await ErasureScenario.CreateAsync(Database);

    [Fact]
    public async Task Erasure_keeps_keyed_hashes_of_the_member_id_and_every_email_and_nothing_readable()
    {
        await _scenario.EraseBothAsync();

        await using var db = _scenario.Database.CreateDbContext();
        var rows = await db.Set<ErasureSuppression>().ToListAsync();
        // Siân: her member id, her email and the one she had before; Zoë: her email.
        Assert.Equal([SuppressionKind.ParliamentMemberId, SuppressionKind.Email, SuppressionKind.Email, SuppressionKind.Email], rows.Select(r => r.Kind).Order());
        var key = Assert.Single(await db.Set<PrivacyKey>().ToListAsync());
        Assert.Equal(32, key.Key.Length);
        foreach (var value in new[] { SianEmail, SianOldEmail, ZoeEmail, SianMemberId.ToString() })
        {
            Assert.DoesNotContain(rows, r => r.Hash.Contains(value, StringComparison.OrdinalIgnoreCase));
            // Not a plain hash anyone could compute from a guess: the key is needed.
            Assert.DoesNotContain(rows, r => r.Hash == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value))));
            Assert.DoesNotContain(rows, r => r.Hash == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"Email:{value}"))));
        }
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r.Hash));
    }

    [Fact]
    public async Task A_Members_import_skips_the_erased_MP_and_says_so()
    {
        var members = new MembersImportService(_scenario.Database, _scenario.Database.Clock);
        await _scenario.EraseBothAsync();

        var preview = await members.PreviewAsync(TestActors.PublicAffairs, SianMembersFile());
        var import = await members.ImportAsync(TestActors.PublicAffairs, SianMembersFile());

        Assert.Equal((1, 1, 0, 0, 0), (preview.Summary!.MembersInFile, preview.Summary.ErasedSkipped, preview.Summary.New.Count, preview.Summary.Changed.Count, preview.Summary.Unchanged));
        Assert.Equal(1, import.Summary!.ErasedSkipped);
        await using var db = _scenario.Database.CreateDbContext();
        var batch = await db.Set<ImportBatch>().OrderByDescending(b => b.Id).FirstAsync();
        Assert.Equal((1, 0, 0, 1), (batch.Rows, batch.Created, batch.Updated, batch.Skipped));
        Assert.False(await db.Stakeholders.AnyAsync(s => s.ParliamentMemberId == SianMemberId));
    }

    [Fact]
    public async Task A_CSV_import_skips_rows_with_an_erased_email_or_member_id_and_imports_the_rest()
    {
        var csv = new CsvImportService(_scenario.Database, _scenario.Database.Clock);
        await _scenario.EraseBothAsync();
        var file = UploadedFile.FromText("people.csv", """
            Kind,GivenName,FamilyName,Party,Constituency,ParliamentMemberId,Email
            HealthProfessional,Zoë,Ó Briain,,,, ZOE.OBRIAIN@nhs.example
            MP,S,O'Brien,Plaid Cymru,Ceredigion Preseli,4242,someone.new@parliament.example
            Other,Nia,Evans,,,,nia.evans@example.org
            """.ReplaceLineEndings("\r\n"));
        var request = new CsvImportRequest(CsvImportKind.Stakeholders, file);

        var preview = await csv.PreviewAsync(TestActors.PublicAffairs, request);
        var result = await csv.ImportAsync(TestActors.PublicAffairs, request);

        Assert.True(preview.CanImport, string.Join("; ", preview.Problems));
        Assert.Equal([2, 3], preview.ErasedRows);
        Assert.Equal(1, preview.NewRows);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal((1, 0, 2, 2), (result.Created, result.Updated, result.Skipped, result.ErasedSkipped));
        await using var db = _scenario.Database.CreateDbContext();
        Assert.True(await db.Stakeholders.AnyAsync(s => s.Email == "nia.evans@example.org"));
        Assert.False(await db.Stakeholders.AnyAsync(s => s.FamilyName == "Ó Briain" || s.ParliamentMemberId == SianMemberId || s.Email == "someone.new@parliament.example"));
    }

    [Fact]
    public async Task A_written_questions_import_skips_questions_asked_by_an_erased_member_and_counts_them()
    {
        var questions = new WrittenQuestionsImportService(_scenario.Database, _scenario.Database.Clock);
        var campaignId = await _scenario.Database.WithContextAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        await _scenario.EraseBothAsync();
        var file = UploadedFile.FromText("questions.json", new JsonObject
        {
            ["totalResults"] = 1,
            ["results"] = new JsonArray(new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["id"] = 1, ["askingMemberId"] = SianMemberId, ["house"] = "Commons", ["dateTabled"] = "2026-11-02T00:00:00", ["uin"] = "50001",
                    ["heading"] = "Clinical Technologists: Regulation", ["questionText"] = "To ask about clinical technologist registration.",
                    ["answeringBodyName"] = "Department of Health and Social Care",
                },
                ["links"] = new JsonArray(),
            }),
        }.ToJsonString());
        var interactions = await _scenario.Database.WithContextAsync(db => db.Interactions.CountAsync());

        var preview = await questions.PreviewAsync(TestActors.PublicAffairs, campaignId, file);
        var import = await questions.ImportAsync(TestActors.PublicAffairs, campaignId, file);

        Assert.True(preview.Succeeded, string.Join("; ", preview.Problems));
        var question = Assert.Single(preview.Relevant);
        Assert.Equal((true, 0, null), (question.AskerErased, question.AskingMemberId, question.StakeholderId));
        Assert.Equal((1, 0, 0), (preview.ErasedSkipped, preview.ToImport.Count, preview.UnknownAskers.Count));
        Assert.Equal(1, import.ErasedSkipped);
        Assert.Equal(interactions, await _scenario.Database.WithContextAsync(db => db.Interactions.CountAsync()));
    }
}
