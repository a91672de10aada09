using System.Text.Json;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing.Parliament;

public sealed class MembersSyncTests : MembersSyncFixture
{
    [Fact]
    public async Task A_full_sync_gives_the_same_preview_and_write_as_importing_the_same_members_from_a_file()
    {
        // Last year: everyone current, as a file import left them; staff have since set a priority and notes.
        var lastYear = Api.Members.Where(m => m.Id is not null).Select(m => m.Clone()).ToList();
        foreach (var m in lastYear.Where(m => !m.Current)) m.With(v => v["latestHouseMembership"]!["membershipEndDate"] = null)
            .With(v => v["latestHouseMembership"]!["membershipEndReason"] = null).With(v => v["latestHouseMembership"]!["membershipStatus"] = FakeMember.ActiveStatus());
        var files = new MembersImportService(Database, Database.Clock);
        Assert.True((await files.ImportAsync(TestActors.PublicAffairs, File(lastYear))).Committed);
        await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 91001)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Priority, PriorityTier.A).SetProperty(s => s.Notes, "Met at conference").SetProperty(s => s.Email, "asha@example.org")));
        // This year: one changed party, a by-election brought one in (Fenwick and Lord Oldham left: already in the fixtures).
        Member(91001).With(v => v["latestParty"]!["name"] = "Independent");
        Api.Members.Add(FakeMember.Commons(91006, "Venkataraman", "Priya", "Hexham", start: "2026-10-16T00:00:00"));

        var sync = Harness.Sync();
        var preview = await sync.PreviewAsync(TestActors.PublicAffairs);
        var fromFile = await files.PreviewAsync(TestActors.PublicAffairs, File(Api.Members.Where(m => m.Id is not null)));

        Assert.Equal(MembersSyncStatus.Previewed, preview.Status);
        Assert.True(fromFile.Succeeded, string.Join("; ", fromFile.Problems));
        Assert.Equal(Comparable(fromFile.Summary!), Comparable(preview.Summary!));
        var summary = preview.Summary!;
        Assert.Equal("Priya Venkataraman", Assert.Single(summary.New).Name);
        Assert.Equal(["Alan Fenwick", "Lord Oldham of Rye"], summary.Left.Select(l => l.Name));
        Assert.Contains(new MemberFieldChange("Party", "Labour", "Independent"), summary.Changed.Single(c => c.MemberId == 91001).Fields);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal(("Anon Nobody", null), (skipped.Name, skipped.MemberId));
        Assert.Contains("id is missing", skipped.Reason);
        Assert.Equal(91004, Assert.Single(summary.StatusUnknown).MemberId);
        Assert.Equal("Parliament lists 10 members for the directory: 1 new, 3 changed (2 left the House), 6 unchanged, 1 set aside; nothing has been written yet.", preview.Message);
        Assert.Equal((9, 1), (await CountsAsync()) is var c ? (c.People, c.Batches) : default);

        var imported = await sync.ImportAsync(TestActors.PublicAffairs, preview.Fetched!);

        Assert.Equal(MembersSyncStatus.Imported, imported.Status);
        Assert.Equal("Refreshed from Parliament: 1 new, 3 changed (2 left the House), 6 unchanged, 1 set aside.", imported.Message);
        await using var db = Database.CreateDbContext();
        var asha = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 91001);
        Assert.Equal(("Independent", PriorityTier.A, "Met at conference", "asha@example.org"), (asha.Party, asha.Priority, asha.Notes, asha.Email));
        Assert.Equal(MembershipStatus.Former, (await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 91005)).Status);
        Assert.Equal(MembershipStatus.Former, (await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 92004)).Status);
        var batch = await db.Set<ImportBatch>().OrderByDescending(b => b.Id).FirstAsync();
        Assert.Equal((ParliamentMembersSync.SourceName, 1, 3), (batch.FileName, batch.Created, batch.Updated));
        Assert.Equal(ParliamentMembersSync.SourceName, (await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 91006)).DataSource);
    }

    [Fact]
    public async Task Odd_records_are_read_not_guessed_and_a_record_without_an_id_is_set_aside()
    {
        var result = await Harness.Sync().ImportAsync(TestActors.PublicAffairs);

        Assert.Equal(MembersSyncStatus.Imported, result.Status);
        Assert.Equal(CurrentMembers, result.Summary!.New.Count);
        await using var db = Database.CreateDbContext();
        var people = await db.Stakeholders.ToDictionaryAsync(s => s.ParliamentMemberId!.Value);
        Assert.Equal(new DateOnly(2024, 7, 4), people[91002].MembershipStartDate); // a date without a time
        Assert.Null(people[91003].Party); // no latestParty
        Assert.Equal(MembershipStatus.Current, people[91004].Status); // no status, no end date: listed among current members
        Assert.DoesNotContain(91005, people.Keys); // left, and was never in the directory: not the campaign's
        Assert.Equal(StakeholderKind.Peer, people[92003].Kind);
        Assert.Equal("Lord Smith of Leigh", people[92003].DisplayName);
    }

    [Fact]
    public async Task A_member_with_no_status_and_no_end_date_keeps_their_status_and_is_listed()
    {
        await Harness.Sync().ImportAsync(TestActors.PublicAffairs);
        await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 91004).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, MembershipStatus.Former)));

        var preview = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);

        var unknown = Assert.Single(preview.Summary!.StatusUnknown);
        Assert.Equal((91004, "Tom Clarke"), (unknown.MemberId, unknown.Name));
        Assert.DoesNotContain(preview.Summary.Changed, c => c.MemberId == 91004);
    }

    [Fact]
    public async Task A_second_sync_with_nothing_changed_writes_nothing_and_says_so()
    {
        Assert.Equal(MembersSyncStatus.Imported, (await Harness.Sync().ImportAsync(TestActors.PublicAffairs)).Status);
        var before = await CountsAsync();

        var again = await Harness.Sync().ImportAsync(TestActors.PublicAffairs);

        Assert.Equal(MembersSyncStatus.NothingChanged, again.Status);
        Assert.Equal("Nothing has changed in Parliament since the last refresh (7 members checked); nothing was written.", again.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Someone_entered_by_hand_with_the_name_and_seat_of_a_new_member_is_offered_as_a_match_never_merged_silently()
    {
        int ruth;
        await using (var db = Database.CreateDbContext())
        {
            var person = new Stakeholder { Kind = StakeholderKind.Other, GivenName = "Ruth", FamilyName = "Barnes", DisplayName = "Ruth Barnes", Constituency = "Ipswich", Notes = "Candidate we met" };
            db.Stakeholders.Add(person);
            db.Stakeholders.Add(new Stakeholder { Kind = StakeholderKind.Other, GivenName = "Asha", FamilyName = "Iqbal", DisplayName = "Asha Iqbal", Constituency = "Bristol West" });
            await db.SaveChangesAsync();
            ruth = person.Id;
        }
        var sync = Harness.Sync();

        var preview = await sync.PreviewAsync(TestActors.PublicAffairs);

        var match = Assert.Single(preview.Summary!.PossibleMatches); // Asha Iqbal of another seat is someone else
        Assert.Equal((91003, ruth, "same name and seat (Ipswich)"), (match.Member.MemberId, match.StakeholderId, match.Reason));
        Assert.Contains(preview.Summary.New, n => n.MemberId == 91003);

        var unconfirmed = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);
        Assert.Equal(CurrentMembers, unconfirmed.Summary!.New.Count);
        var imported = await sync.ImportAsync(TestActors.PublicAffairs, preview.Fetched!, new Dictionary<int, int> { [91003] = ruth });

        Assert.Equal(MembersSyncStatus.Imported, imported.Status);
        Assert.Equal(CurrentMembers - 1, imported.Summary!.New.Count);
        await using var check = Database.CreateDbContext();
        var merged = await check.Stakeholders.SingleAsync(s => s.Id == ruth);
        Assert.Equal((91003, StakeholderKind.MP, "Candidate we met"), (merged.ParliamentMemberId, merged.Kind, merged.Notes));
        Assert.Equal(CurrentMembers + 1, await check.Stakeholders.CountAsync());
    }

    [Theory]
    [InlineData("RUTH", "BARNES")]
    [InlineData("ruth", " barnes ")]
    public async Task A_possible_match_is_found_whatever_the_case_of_the_name_entered_by_hand(string given, string family)
    {
        await using (var db = Database.CreateDbContext())
        {
            db.Stakeholders.Add(new Stakeholder { Kind = StakeholderKind.Other, GivenName = given, FamilyName = family, DisplayName = $"{given} {family}", Constituency = "Ipswich" });
            await db.SaveChangesAsync();
        }

        var preview = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs);

        var match = Assert.Single(preview.Summary!.PossibleMatches);
        Assert.Equal((91003, "same name and seat (Ipswich)"), (match.Member.MemberId, match.Reason));
    }

    [Fact]
    public async Task Progress_counts_pages_and_members_and_only_roles_that_import_data_may_sync()
    {
        var reports = new List<MembersSyncProgress>();
        var result = await Harness.Sync().PreviewAsync(TestActors.PublicAffairs, new Reporter(reports.Add));

        var last = reports[^1];
        Assert.Equal((result.Fetched!.Pages, result.Fetched.Pages, 10), (last.PagesFetched, last.PagesExpected, last.MembersRead));
        Assert.Equal(7, result.Fetched.Pages); // 5 Commons current (2 a page) = 3, Lords 2, one per leavers' search
        Assert.All(reports, r => Assert.True(r.PagesFetched <= r.PagesExpected));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Sync().PreviewAsync(TestActors.Leadership));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Sync().ImportAsync(TestActors.Coalition(1)));
        Assert.Equal(result.Fetched.Requests, Api.Count());
    }

    private static UploadedFile File(IEnumerable<FakeMember> members) => UploadedFile.FromText("members.json", FakeMembers.AsFile(members).ToJsonString());

    /// <summary>The summary without what names the source (file name, records set aside by the API read).</summary>
    private static string Comparable(MembersChangeSummary summary) => JsonSerializer.Serialize(summary with { FileName = "", Skipped = [] });

    private sealed class Reporter(Action<MembersSyncProgress> report) : IProgress<MembersSyncProgress>
    {
        public void Report(MembersSyncProgress value)
        {
            lock (this) report(value);
        }
    }
}
