using System.Text.Json;
using Campaign.Auditing;
using Campaign.Core.Tests.Importing;
using Campaign.Dashboard;
using Campaign.Importing;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Privacy;

public sealed class PrivacyServiceTests : DatabaseTest
{
    private PrivacyService _privacy = null!;
    private int _iqbal;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override async Task SetUpAsync()
    {
        _privacy = TestServices.Privacy(Database);
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        builder.TestActorUsers();
        await builder.SaveAsync();
        _iqbal = await db.Stakeholders.Where(s => s.ParliamentMemberId == 90001).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task The_subject_access_report_holds_everything_about_the_person_and_who_viewed_or_exported_it()
    {
        await ChangeEmailAsync(_iqbal, "rachel@new.example");

        await _privacy.SubjectAccessAsync(TestActors.Admin, _iqbal, SubjectAccessUse.Viewed);
        var report = await _privacy.SubjectAccessAsync(TestActors.Admin, _iqbal, SubjectAccessUse.ExportedPdf);

        Assert.NotNull(report);
        Assert.Equal(("Rachel Iqbal", "rachel@new.example", LawfulBasis.LegitimateInterests), (report.Person.DisplayName, report.Person.Email, report.Person.LawfulBasis));
        Assert.StartsWith("UK Parliament Members API", report.Person.DataSource);
        Assert.Contains("health-committee", report.Tags);
        Assert.Contains(report.Posts, p => p.Title.StartsWith("Member, Health and Social Care Committee", StringComparison.Ordinal));
        Assert.NotEmpty(report.Interactions);
        Assert.NotEmpty(report.Positions);
        Assert.Contains(report.Audit, a => a.Action == AuditAction.Updated && a.Changes.Any(c => c.Field == "Email" && c.After == "rachel@new.example"));
        Assert.Contains(report.Audit, a => a.Action == AuditAction.Viewed && a.UserName == "Ada Admin");
        Assert.Contains(report.Audit, a => a.Action == AuditAction.Exported && a.Changes.Any(c => c.After == "PDF")); // this export included
    }

    [Fact]
    public async Task Other_attendees_of_a_meeting_are_counted_not_named()
    {
        var report = await _privacy.SubjectAccessAsync(TestActors.Admin, _iqbal, SubjectAccessUse.Viewed);
        var json = System.Text.Encoding.UTF8.GetString(SubjectAccessExport.ToJson(report!));

        var withOthers = report!.Interactions.Where(i => i.OtherAttendees > 0).ToList();
        Assert.NotEmpty(withOthers);
        await using var db = Database.CreateDbContext();
        var otherNames = await db.InteractionAttendees.Where(a => withOthers.Select(i => i.Id).Contains(a.InteractionId) && a.StakeholderId != _iqbal)
            .Select(a => a.Stakeholder!.Email).ToListAsync();
        Assert.All(otherNames.OfType<string>(), email => Assert.DoesNotContain(email, json));
    }

    [Fact]
    public async Task The_report_exports_as_json_and_as_a_pdf()
    {
        var report = await _privacy.SubjectAccessAsync(TestActors.Admin, _iqbal, SubjectAccessUse.ExportedJson);

        using var json = JsonDocument.Parse(SubjectAccessExport.ToJson(report!));
        Assert.Equal("Rachel Iqbal", json.RootElement.GetProperty("person").GetProperty("displayName").GetString());
        Assert.Equal("LegitimateInterests", json.RootElement.GetProperty("person").GetProperty("lawfulBasis").GetString());
        Assert.True(json.RootElement.GetProperty("audit").GetArrayLength() > 0);

        var pdf = SubjectAccessExport.ToPdf(report!);
        var text = string.Join("\n", PdfText.PageTexts(pdf));
        Assert.Contains("Subject access report", text);
        Assert.Contains("rachel.iqbal.mp@parliament.example", text);
        Assert.Contains("Legitimate", text);
        Assert.Contains("Audit: who changed, viewed or exported this data", text);
    }

    [Fact]
    public async Task Erasure_removes_the_person_but_keeps_every_count()
    {
        var campaignId = await Database.WithContextAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        var dashboard = new DashboardService(Database, Database.Clock);
        var before = (await dashboard.GetAsync(TestActors.Admin, campaignId))!;
        var countsBefore = await ImportFixtures.CountsAsync(Database);
        Assert.Equal("Dr Iqbal", await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == _iqbal).Select(s => s.AddressAs).SingleAsync()));

        var result = await _privacy.EraseAsync(TestActors.Admin, _iqbal);

        Assert.True(result.Succeeded);
        var after = (await dashboard.GetAsync(TestActors.Admin, campaignId))!;
        Assert.Equal((before.PeopleTargeted, before.EngagedLast90Days), (after.PeopleTargeted, after.EngagedLast90Days));
        Assert.Equal(before.StanceByHouse, after.StanceByHouse);
        Assert.Equal(before.Engagement, after.Engagement);
        var countsAfter = await ImportFixtures.CountsAsync(Database);
        Assert.Equal((countsBefore[0], countsBefore[2], countsBefore[3], countsBefore[4]), (countsAfter[0], countsAfter[2], countsAfter[3], countsAfter[4]));

        await using var db = Database.CreateDbContext();
        var person = await db.Stakeholders.Include(s => s.Tags).Include(s => s.Posts).SingleAsync(s => s.Id == _iqbal);
        Assert.Equal(($"Erased person {_iqbal}", null, null, null, null, null), (person.DisplayName, person.Email, person.Phone, person.ParliamentMemberId, person.Constituency, person.DataSource));
        Assert.Null(person.AddressAs);
        Assert.Equal((StakeholderKind.MP, "Labour"), (person.Kind, person.Party)); // what the counts are by
        Assert.Empty(person.Tags);
        Assert.Empty(person.Posts);
        Assert.NotNull(person.AnonymisedAt);
        Assert.False(await db.StatedPositions.AnyAsync(p => p.StakeholderId == _iqbal && (p.Quote != null || p.EvidenceUrl != null)));
        Assert.False(await db.Interactions.AnyAsync(i => i.Title.Contains("Iqbal") || (i.Summary != null && i.Summary.Contains("Iqbal"))));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains("rachel.iqbal") || a.Changes.Contains("Iqbal")));
        var erased = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Erased);
        Assert.Equal((nameof(Stakeholder), _iqbal.ToString(), "Ada Admin"), (erased.EntityType, erased.EntityId, erased.UserName));
    }

    [Fact]
    public async Task After_erasure_the_subject_access_report_holds_nothing_personal()
    {
        await _privacy.EraseAsync(TestActors.Admin, _iqbal);

        var report = await _privacy.SubjectAccessAsync(TestActors.Admin, _iqbal, SubjectAccessUse.ExportedJson);
        var json = System.Text.Encoding.UTF8.GetString(SubjectAccessExport.ToJson(report!));

        Assert.DoesNotContain("Iqbal", json);
        Assert.DoesNotContain("Leeds South West", json);
        Assert.DoesNotContain("020 7946 0101", json);
        Assert.Contains("\"action\": \"Erased\"", json);
    }

    [Fact]
    public async Task The_retention_review_lists_people_not_contacted_for_the_chosen_months()
    {
        var recent = await Database.WithContextAsync(db => db.InteractionAttendees
            .Where(a => a.Interaction!.OccurredAt > new DateTime(2026, 6, 1)).Select(a => a.StakeholderId).Distinct().ToListAsync());
        int addedToday;
        await using (var db = Database.CreateDbContext())
        {
            var fresh = new Builder(db).Person("New", "Contact");
            await db.SaveChangesAsync();
            addedToday = fresh.Id;
        }

        var twoYears = await _privacy.RetentionReviewAsync(TestActors.Admin, 24);
        var sixMonths = await _privacy.RetentionReviewAsync(TestActors.Admin, 6);

        Assert.NotEmpty(twoYears);
        Assert.True(sixMonths.Count > twoYears.Count);
        Assert.All(twoYears, c => Assert.True(c.LastContacted is null || c.LastContacted < new DateTime(2024, 11, 26)));
        Assert.DoesNotContain(sixMonths, c => recent.Contains(c.Id));
        Assert.DoesNotContain(sixMonths, c => c.Id == addedToday); // added this week, never contacted: not yet
        Assert.Equal(twoYears.OrderBy(c => c.LastContacted ?? DateTime.MinValue).Select(c => c.Id), twoYears.Select(c => c.Id));
    }

    [Fact]
    public async Task Bulk_anonymise_erases_each_chosen_person_once()
    {
        var candidates = (await _privacy.RetentionReviewAsync(TestActors.Admin, 24)).Take(3).Select(c => c.Id).ToList();

        var erased = await _privacy.EraseManyAsync(TestActors.Admin, candidates);
        var again = await _privacy.EraseManyAsync(TestActors.Admin, candidates);

        Assert.Equal((3, 0), (erased, again));
        Assert.DoesNotContain(await _privacy.RetentionReviewAsync(TestActors.Admin, 24), c => candidates.Contains(c.Id));
        Assert.Equal(3, await Database.WithContextAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Erased)));
    }

    [Fact]
    public async Task Only_administrators_may_take_privacy_actions()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _privacy.SubjectAccessAsync(TestActors.PublicAffairs, _iqbal, SubjectAccessUse.Viewed));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _privacy.EraseAsync(TestActors.Leadership, _iqbal));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _privacy.RetentionReviewAsync(TestActors.PublicAffairs, 24));
        Assert.Null(await _privacy.SubjectAccessAsync(TestActors.Admin, 999_999, SubjectAccessUse.Viewed));
    }

    private async Task ChangeEmailAsync(int id, string email)
    {
        await using var db = Database.CreateDbContext();
        db.Actor = TestActors.PublicAffairs;
        (await db.Stakeholders.SingleAsync(s => s.Id == id)).Email = email;
        await db.SaveChangesAsync();
    }
}
