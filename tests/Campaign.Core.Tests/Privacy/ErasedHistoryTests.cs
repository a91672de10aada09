using Campaign.Auditing;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using static Campaign.Core.Tests.Privacy.ErasureScenario;

namespace Campaign.Core.Tests.Privacy;

/// <summary>The audit trail and the import history after erasure: redacted on the decoded values, counts intact.</summary>
public sealed class ErasedHistoryTests : DatabaseTest
{
    private static readonly string[] Names = ["Siân", "Sian", "O'Brien", "Dhomhnaill", "Zoë", "Briain", "obrien", "obriain", "o-brien"];

    private ErasureScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await ErasureScenario.CreateAsync(Database);

    [Fact]
    public async Task The_Members_import_history_keeps_its_counts_but_not_their_name_party_seat_or_changes()
    {
        var members = new MembersImportService(_scenario.Database, _scenario.Database.Clock);
        var before = (await members.LastAsync(TestActors.PublicAffairs))!;
        Assert.Equal(Sian, Assert.Single(before.Changed).Name);

        await _scenario.EraseBothAsync();

        var last = (await members.LastAsync(TestActors.PublicAffairs))!;
        var change = Assert.Single(last.Changed);
        Assert.Equal((_scenario.SianId, 0, $"Erased person {_scenario.SianId}"), (change.StakeholderId, change.MemberId, change.Name));
        Assert.Equal(before.Changed[0].Fields.Select(f => f.Field), change.Fields.Select(f => f.Field)); // which fields changed stays
        Assert.All(change.Fields, f => Assert.Equal(("[erased]", "[erased]"), (f.Before ?? "[erased]", f.After)));
        Assert.Equal((before.MembersInFile, before.Unchanged, before.FileName), (last.MembersInFile, last.Unchanged, last.FileName));

        await using var db = _scenario.Database.CreateDbContext();
        var batches = await db.Set<ImportBatch>().Where(b => b.Kind == ImportKind.ParliamentMembers).OrderBy(b => b.Id).ToListAsync();
        var first = System.Text.Json.JsonSerializer.Deserialize<MembersChangeSummary>(batches[0].Summary, MembersImportService.SummaryJson)!;
        Assert.Equal(($"Erased person {_scenario.SianId}", "[erased]"), (Assert.Single(first.New).Name, first.New[0].Detail));
        Assert.All(batches, b => AssertNoTrace(b.Summary));
        Assert.All(batches, b => Assert.DoesNotContain("Ceredigion", b.Summary));
        Assert.All(batches, b => Assert.DoesNotContain("\\u00E2", b.Summary));
    }

    [Fact]
    public async Task The_audit_is_redacted_on_decoded_values_in_their_records_their_contacts_contacts_they_left_deleted_contacts_and_anywhere_their_full_name_was()
    {
        var s = _scenario;
        await using (var db = s.Database.CreateDbContext())
        {
            // The bug: the stored JSON escapes the very letters a text search would look for.
            var dinner = await db.AuditEntries.SingleAsync(a => a.EntityType == "Interaction" && a.EntityId == s.DeletedMeetingId.ToString() && a.Action == AuditAction.Deleted);
            Assert.Contains("Si\\u00E2n O\\u0027Brien", dinner.Changes);
            Assert.DoesNotContain("Siân", dinner.Changes);
        }

        await s.EraseBothAsync();

        await using (var db = s.Database.CreateDbContext())
        {
            var rows = (await db.AuditEntries.OrderBy(a => a.Id).ToListAsync()).Select(AuditTrail.ToRow).ToList();
            Assert.All(rows, r => Assert.All(r.Changes, c => AssertNoTrace($"{c.Before} {c.After}", $"{r.EntityType} {r.EntityId} {c.Field}")));

            // Entries stay (who did what, when); the values that named them go.
            string? After(string type, int id, AuditAction action, string field) =>
                rows.Single(r => r.EntityType == type && r.EntityId == id.ToString() && r.Action == action).Changes.Single(c => c.Field == field).After;
            string? Before(string type, int id, AuditAction action, string field) =>
                rows.Single(r => r.EntityType == type && r.EntityId == id.ToString() && r.Action == action).Changes.Single(c => c.Field == field).Before;
            Assert.Equal("Dinner with [erased]", Before("Interaction", s.DeletedMeetingId, AuditAction.Deleted, "Title"));
            Assert.Equal("Planned with [erased]; cancelled.", Before("Interaction", s.DeletedMeetingId, AuditAction.Deleted, "Summary"));
            Assert.Equal("[erased] could not join in the end.", After("Interaction", s.RemovedFromMeetingId, AuditAction.Created, "Summary"));
            Assert.Equal("Meeting with [erased] and [erased]", After("Interaction", s.PastMeetingId, AuditAction.Created, "Title"));
            Assert.Equal("[erased] showed the imaging suite; [erased] asked about registration. [erased] will table a question.",
                After("Interaction", s.PastMeetingId, AuditAction.Created, "Summary"));
            Assert.Equal("[erased]", After("Stakeholder", s.ZoeId, AuditAction.Created, "Notes"));
            var board = rows.Single(r => r.EntityType == "Organisation" && r.Action == AuditAction.Updated).Changes.Single(c => c.Field == "Notes");
            Assert.Equal(("Contact via [erased]", "Contact via the chief executive's office"), (board.Before, board.After));
            // Other people's entries are theirs: Gwen is named as before.
            Assert.Equal("Gwen Hughes", After("Stakeholder", s.GwenId, AuditAction.Created, "DisplayName"));
        }

        // The live contacts they left or attended lose their names too.
        await using (var db = s.Database.CreateDbContext())
        {
            Assert.Equal("[erased] could not join in the end.", await db.Interactions.Where(i => i.Id == s.RemovedFromMeetingId).Select(i => i.Summary).SingleAsync());
            Assert.Equal("Visit to Bronglais with [erased]", await db.Interactions.Where(i => i.Id == s.PlannedMeetingId).Select(i => i.Title).SingleAsync());
            Assert.Equal(["Send [erased] the evidence pack", "Thank [erased] for the visit"], await db.FollowUps.OrderBy(f => f.Title).Select(f => f.Title).ToListAsync());
        }
    }

    [Fact]
    public async Task Single_names_are_struck_only_as_written_and_only_from_records_about_the_person()
    {
        int will, call;
        await using (var db = _scenario.Database.CreateDbContext())
        {
            var b = new Builder(db);
            var person = b.Person("Will", "Hall");
            var contact = b.Interaction(await db.Campaigns.SingleAsync(), new DateTime(2026, 10, 1), person);
            contact.Summary = "Will said we will book the hall; Mr Hall to confirm.";
            await b.SaveAsync();
            (will, call) = (person.Id, contact.Id);
        }

        await _scenario.Privacy.EraseAsync(TestActors.Admin, will);

        Assert.Equal("[erased] said we will book the hall; Mr [erased] to confirm.",
            await _scenario.Database.WithContextAsync(db => db.Interactions.Where(i => i.Id == call).Select(i => i.Summary).SingleAsync()));
        // A contact that is not about him keeps its "Will" (it may be someone else's).
        Assert.Equal("Siân will table a question.", await _scenario.Database.WithContextAsync(db =>
            db.Interactions.Where(i => i.Id == _scenario.PastMeetingId).Select(i => i.Summary!.Substring(i.Summary.Length - 27)).SingleAsync()));
    }

    private static void AssertNoTrace(string text, string? where = null)
    {
        foreach (var name in Names)
            Assert.False(text.Contains(name, StringComparison.OrdinalIgnoreCase), $"\"{name}\" is still in {where ?? text}: {text}");
        foreach (var email in new[] { SianEmail, SianOldEmail, ZoeEmail, "01970 612 345", "Heol y Wig" })
            Assert.False(text.Contains(email, StringComparison.OrdinalIgnoreCase), $"\"{email}\" is still in {where ?? text}: {text}");
    }
}
