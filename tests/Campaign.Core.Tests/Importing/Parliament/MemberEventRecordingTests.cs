using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>What a members import records for staff to notice (issue 18); the clock stands at 26 November 2026.</summary>
public sealed class MemberEventRecordingTests : DatabaseTest
{
    private MembersImportService _import = null!;

    protected override Task SetUpAsync()
    {
        _import = new MembersImportService(Database, Database.Clock);
        return Task.CompletedTask;
    }

    private static FakeMember Mp(int id, string family, string party = "Labour", string start = "2024-07-04") =>
        FakeMember.Commons(id, family, "Sam", $"{family} Town", party, start: start);

    private async Task<MembersImportOutcome> ImportAsync(params FakeMember[] members)
    {
        var outcome = await _import.ImportAsync(TestActors.PublicAffairs, ImportFixtures.Json("members.json", FakeMembers.AsFile(members)));
        Assert.True(outcome.Committed, string.Join("; ", outcome.Problems));
        return outcome;
    }

    private Task<List<MemberEvent>> EventsAsync() =>
        Database.WithContextAsync(db => db.MemberEvents.AsNoTracking().Include(e => e.Stakeholder).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task Filling_an_empty_directory_flags_nobody_as_new_even_when_they_joined_last_week()
    {
        var members = FakeMembers.Generated(60, 20).Select(m => m.With(v => v["latestHouseMembership"]!["membershipStartDate"] = "2026-11-19T00:00:00")).ToArray();

        var outcome = await ImportAsync(members);

        Assert.Equal(80, outcome.Summary!.New.Count);
        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task Each_kind_is_recorded_on_commit_with_its_detail_and_the_import_batch()
    {
        await ImportAsync(Mp(1, "Adams"), Mp(2, "Baker"), Mp(3, "Cole"));
        var lord = FakeMember.Lords(9, "Lord Dean of Derby", party: "Conservative", start: "2026-10-30T00:00:00");

        await ImportAsync(
            Mp(1, "Adams", party: "Independent"),
            Mp(2, "Baker").Left("2026-11-20T00:00:00", "Resigned"),
            Mp(3, "Cole"),
            Mp(4, "Drew", start: "2026-11-12T00:00:00"),
            Mp(5, "Ellis", start: "2026-09-26T00:00:00"), // 61 days ago: new to the directory, not to Parliament
            lord);

        var events = await EventsAsync();
        var batch = await Database.WithContextAsync(db => db.Set<ImportBatch>().OrderByDescending(b => b.Id).Select(b => b.Id).FirstAsync());
        Assert.Equal(
            [
                ("Sam Adams", MemberEventKind.ChangedParty, "Labour → Independent"),
                ("Sam Baker", MemberEventKind.LeftHouse, "Left the House of Commons on 20 November 2026 (Resigned)"),
                ("Sam Drew", MemberEventKind.NewMember, "Joined the House of Commons on 12 November 2026"),
                ("Lord Dean of Derby", MemberEventKind.NewMember, "Joined the House of Lords on 30 October 2026"),
            ],
            events.Select(e => (e.Stakeholder!.DisplayName, e.Kind, e.Detail)).OrderBy(e => e.Kind == MemberEventKind.NewMember).ThenBy(e => e.DisplayName != "Sam Drew").ToList());
        Assert.All(events, e => Assert.Equal((batch, Database.Clock.GetUtcNow(), (DateTimeOffset?)null), (e.ImportBatchId!.Value, e.At, e.DismissedAt)));
    }

    [Fact]
    public async Task A_known_person_with_a_new_membership_is_new_and_leaving_without_an_end_date_says_so()
    {
        await ImportAsync(Mp(1, "Adams"), Mp(2, "Baker"));

        await ImportAsync(
            Mp(1, "Adams", start: "2026-11-02T00:00:00"),
            Mp(2, "Baker").With(v => v["latestHouseMembership"]!["membershipStatus"] = FakeMember.ActiveStatus(false)));

        var events = await EventsAsync();
        Assert.Equal([(MemberEventKind.NewMember, "Joined the House of Commons on 2 November 2026"), (MemberEventKind.LeftHouse, "Left the House of Commons")],
            events.OrderBy(e => e.Stakeholder!.DisplayName).Select(e => (e.Kind, e.Detail)));
    }

    [Fact]
    public async Task A_party_the_API_leaves_out_is_not_a_change_of_party()
    {
        await ImportAsync(Mp(1, "Adams"));

        await ImportAsync(Mp(1, "Adams").With(v => v["latestParty"] = null));
        await ImportAsync(Mp(1, "Adams"));

        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task A_preview_records_nothing_and_nor_does_an_import_that_changes_nothing()
    {
        await ImportAsync(Mp(1, "Adams"), Mp(2, "Baker"));
        FakeMember[] changed = [Mp(1, "Adams", party: "Green Party"), Mp(2, "Baker").Left("2026-11-20T00:00:00", "Resigned"), Mp(3, "Cole", start: "2026-11-12T00:00:00")];

        var preview = await _import.PreviewAsync(TestActors.PublicAffairs, ImportFixtures.Json("members.json", FakeMembers.AsFile(changed)));
        Assert.False(preview.Committed);
        Assert.Empty(await EventsAsync());

        await ImportAsync(changed);
        Assert.Equal(3, (await EventsAsync()).Count);
        await ImportAsync(changed);
        Assert.Equal(3, (await EventsAsync()).Count);
    }
}
