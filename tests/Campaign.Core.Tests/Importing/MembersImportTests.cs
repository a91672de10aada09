using System.Text.Json.Nodes;
using Campaign.Auditing;
using Campaign.Data;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing;

public sealed class MembersImportTests : DatabaseTest
{
    private MembersImportService _import = null!;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override Task SetUpAsync()
    {
        _import = new MembersImportService(Database, Database.Clock);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("members-commons.json", 15)]
    [InlineData("members-lords.json", 8)]
    public async Task The_sample_files_import_cleanly_and_change_nothing(string file, int members)
    {
        var before = await ImportFixtures.CountsAsync(Database);

        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, ImportFixtures.Sample(file));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        var summary = outcome.Summary!;
        Assert.Equal(members, summary.MembersInFile);
        Assert.Equal(members, summary.Unchanged);
        Assert.Empty(summary.New);
        Assert.Empty(summary.Changed);
        Assert.Empty(summary.Left);
        var after = await ImportFixtures.CountsAsync(Database);
        Assert.Equal(before[0], after[0]);
        Assert.Equal(before[8] + 1, after[8]);
    }

    [Fact]
    public async Task A_member_added_by_someone_else_while_the_file_is_imported_is_matched_instead_of_failing_the_import()
    {
        await using var empty = await TestDatabase.CreateAsync();
        // After the import has read the directory and before it writes, someone adds one of the file's members by hand.
        var meanwhile = new Meanwhile(() =>
        {
            using var db = empty.CreateDbContext();
            db.Stakeholders.Add(new Stakeholder
            {
                Kind = StakeholderKind.MP, GivenName = "Added", FamilyName = "By hand", DisplayName = "Added By hand", ParliamentMemberId = 90014, Notes = "Met at conference",
            });
            db.SaveChanges();
        });
        var import = new MembersImportService(empty.With(meanwhile), empty.Clock);

        var outcome = await import.ImportAsync(TestActors.PublicAffairs, ImportFixtures.Sample("members-commons.json"));

        Assert.True(meanwhile.Happened);
        Assert.True(outcome.Committed, string.Join("; ", outcome.Problems));
        Assert.Equal(14, outcome.Summary!.New.Count);
        Assert.Equal(90014, Assert.Single(outcome.Summary.Changed).MemberId);
        await using var check = empty.CreateDbContext();
        var member = await check.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90014);
        Assert.Equal(("Met at conference", MembershipStatus.Former), (member.Notes, member.Status)); // the import's fields, and the campaign's kept
        Assert.Equal(15, await check.Stakeholders.CountAsync());
    }

    [Fact]
    public async Task Into_an_empty_directory_every_member_is_new_and_those_whose_membership_ended_are_former()
    {
        await using var empty = await TestDatabase.CreateAsync();
        var import = new MembersImportService(empty, empty.Clock);

        var outcome = await import.ImportAsync(TestActors.PublicAffairs, ImportFixtures.Sample("members-commons.json"));

        Assert.Equal(15, outcome.Summary!.New.Count);
        await using var db = empty.CreateDbContext();
        var people = await db.Stakeholders.ToListAsync();
        Assert.Equal(15, people.Count);
        Assert.All(people, p => Assert.Equal(MembersImportService.DataSource, p.DataSource));
        var brockhurst = people.Single(p => p.ParliamentMemberId == 90014);
        Assert.Equal(MembershipStatus.Former, brockhurst.Status);
        Assert.Equal(new DateOnly(2024, 5, 30), brockhurst.MembershipEndDate);
        var iqbal = people.Single(p => p.ParliamentMemberId == 90001);
        Assert.Equal(("Rachel", "Iqbal", "Dr", "Labour", "Leeds South West and Morley"), (iqbal.GivenName, iqbal.FamilyName, iqbal.Honorific, iqbal.Party, iqbal.Constituency));
        Assert.Equal(StakeholderKind.MP, iqbal.Kind);
        Assert.Equal("Dr Iqbal", iqbal.AddressAs);
        Assert.Equal(MembershipStatus.Current, iqbal.Status);
    }

    [Fact]
    public async Task A_changed_file_gives_new_people_changed_fields_before_and_after_and_who_left_the_House()
    {
        var file = ChangedCommonsFile();

        var preview = await _import.PreviewAsync(TestActors.PublicAffairs, file);
        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, file);

        foreach (var summary in new[] { preview.Summary!, outcome.Summary! })
        {
            Assert.Equal("Priya Venkataraman", Assert.Single(summary.New).Name);
            var changes = summary.Changed.ToDictionary(c => c.MemberId);
            Assert.Equal(2, changes.Count);
            Assert.Contains(new MemberFieldChange("Party", "Labour", "Independent"), changes[90003].Fields);
            Assert.Contains(new MemberFieldChange("Status", "Current", "Former"), changes[90004].Fields);
            Assert.Contains(new MemberFieldChange("Membership ended", null, "2026-09-01"), changes[90004].Fields);
            var left = Assert.Single(summary.Left);
            Assert.Equal((90004, "Marcus Thorne"), (left.MemberId, left.Name));
            Assert.Contains("Death", left.Detail);
            Assert.Equal(13, summary.Unchanged);
        }
        Assert.False(preview.Committed);
        Assert.True(outcome.Committed);

        await using var db = Database.CreateDbContext();
        var macaulay = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90003);
        Assert.Equal("Independent", macaulay.Party);
        Assert.Equal(PriorityTier.A, macaulay.Priority); // campaign fields are the campaign's, not Parliament's
        Assert.Equal("fiona.macaulay.mp@parliament.example", macaulay.Email);
        var thorne = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90004);
        Assert.Equal(MembershipStatus.Former, thorne.Status);
        Assert.True(await db.Stakeholders.AnyAsync(s => s.ParliamentMemberId == 90016 && s.Constituency == "Ipswich"));
    }

    [Fact]
    public async Task After_an_import_re_indexes_changed_members_edits_again_delete_old_words_in_place()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: the people's indexes are FTS5 tables.");

        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, ChangedCommonsFile());

        // The import re-indexes its changed members lazily (an erasure sweeps what that leaves); the setting it turned off for
        // its own transaction is stored in the index, so it must be back on for everyone else's edits afterwards.
        Assert.True(outcome.Committed);
        await using var db = Database.CreateDbContext();
        foreach (var index in DerivedDataSql.PeopleIndexes)
        {
            var setting = "SELECT v AS \"Value\" FROM " + index + "_config WHERE k = 'secure-delete'";
            Assert.Equal(1, await db.Database.SqlQueryRaw<int>(setting).SingleAsync());
        }
    }

    [Fact]
    public async Task The_summary_is_kept_as_the_changes_since_the_last_import_with_one_audit_entry_for_the_batch()
    {
        var auditBefore = await Database.WithContextAsync(db => db.AuditEntries.CountAsync());
        var versionBefore = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90003).Select(s => s.Version).SingleAsync());
        await _import.ImportAsync(TestActors.PublicAffairs, ChangedCommonsFile());

        var last = await _import.LastAsync(TestActors.Admin);

        Assert.NotNull(last);
        Assert.Equal("members-commons.json", last.FileName);
        Assert.Equal("Pat Affairs", last.ImportedBy);
        Assert.Equal(2, last.Changed.Count);
        Assert.Equal("Marcus Thorne", Assert.Single(last.Left).Name);
        await using var db = Database.CreateDbContext();
        var batchEntry = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Imported);
        Assert.Equal(("Pat Affairs", nameof(ImportBatch)), (batchEntry.UserName, batchEntry.EntityType));
        Assert.Contains("members-commons.json", batchEntry.Changes);
        Assert.Equal(auditBefore + 1, await db.AuditEntries.CountAsync());
        var macaulay = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90003);
        Assert.NotEqual(versionBefore, macaulay.Version); // an editor holding the old version is told to reload
        Assert.Equal(Database.Clock.GetUtcNow(), macaulay.UpdatedAt);
    }

    [Fact]
    public async Task A_json_array_of_pages_is_read_as_one_file()
    {
        var pages = new JsonArray(ImportFixtures.SampleJson("members-commons.json"), ImportFixtures.SampleJson("members-lords.json"));

        var outcome = await _import.PreviewAsync(TestActors.PublicAffairs, ImportFixtures.Json("members.json", pages));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        Assert.Equal(23, outcome.Summary!.MembersInFile);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "truncated", "not complete, valid JSON" },
        { "not json", "not JSON" },
        { "wrong shape", "written-questions result, not a Members API search result" },
        { "another shape", "not a UK Parliament Members API search result" },
        { "binary", "not text" },
        { "empty", "The file is empty." },
        { "25 MB", "the most one upload may be is 20 MB" },
        { "bad date", "Row 2, latestHouseMembership.membershipStartDate: \"4 July 2024\" is not a date" },
        { "unknown house", "Row 3, latestHouseMembership.house: 3 is not a house (1 is the Commons, 2 the Lords)" },
        { "duplicate", "Row 5, id: member 90001 is in the file twice (also item 1)" },
        { "over-long", "Row 1, nameDisplayAs: is 300 characters long; the most is 250" },
        { "no members", "with no members in it" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gives_a_clear_error_and_writes_nothing(string kind, string message)
    {
        var before = await ImportFixtures.CountsAsync(Database);

        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, BadFile(kind));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await ImportFixtures.CountsAsync(Database));
    }

    [Fact]
    public async Task Only_roles_that_import_data_may_import()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.ImportAsync(TestActors.Leadership, ImportFixtures.Sample("members-commons.json")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.PreviewAsync(TestActors.Coalition(1), ImportFixtures.Sample("members-commons.json")));
    }

    private static UploadedFile BadFile(string kind)
    {
        var sample = ImportFixtures.SampleJson("members-commons.json");
        JsonNode Value(int index) => sample["items"]![index]!["value"]!;
        switch (kind)
        {
            case "truncated": return ImportFixtures.Truncated(ImportFixtures.Sample("members-commons.json"));
            case "not json": return UploadedFile.FromText("members.json", "id,name\n90001,Rachel Iqbal\n");
            case "wrong shape": return ImportFixtures.Fixture("written-questions.json");
            case "another shape": return UploadedFile.FromText("members.json", "{\"members\": [{\"id\": 90001}]}");
            case "binary": return ImportFixtures.Garbage("members.json");
            case "empty": return new UploadedFile("members.json", []);
            case "25 MB": return ImportFixtures.TwentyFiveMegabytes("members.json", "{\"items\": [");
            case "bad date": Value(1)["latestHouseMembership"]!["membershipStartDate"] = "4 July 2024"; break;
            case "unknown house": Value(2)["latestHouseMembership"]!["house"] = 3; break;
            case "duplicate": Value(4)["id"] = 90001; break;
            case "over-long": Value(0)["nameDisplayAs"] = new string('A', 300); break;
            case "no members": sample["items"] = new JsonArray(); break;
        }
        return ImportFixtures.Json("members-commons.json", sample);
    }

    /// <summary>The sample Commons file a year on: one MP changed party, one died, and a by-election brought one in.</summary>
    private static UploadedFile ChangedCommonsFile()
    {
        var file = ImportFixtures.SampleJson("members-commons.json");
        var items = file["items"]!.AsArray();
        JsonNode Member(int id) => items.Single(i => (int)i!["value"]!["id"]! == id)!["value"]!;
        Member(90003)["latestParty"]!["name"] = "Independent";
        var thorne = Member(90004)["latestHouseMembership"]!;
        thorne["membershipEndDate"] = "2026-09-01T00:00:00";
        thorne["membershipEndReason"] = "Death";
        thorne["membershipStatus"] = null;
        var newcomer = items[0]!.DeepClone();
        newcomer["value"]!["id"] = 90016;
        newcomer["value"]!["nameListAs"] = "Venkataraman, Priya";
        newcomer["value"]!["nameDisplayAs"] = "Priya Venkataraman";
        newcomer["value"]!["nameAddressAs"] = "Ms Venkataraman";
        newcomer["value"]!["latestHouseMembership"]!["membershipFrom"] = "Ipswich";
        newcomer["value"]!["latestHouseMembership"]!["membershipStartDate"] = "2026-10-16T00:00:00";
        items.Add(newcomer);
        return ImportFixtures.Json("members-commons.json", file);
    }
}
