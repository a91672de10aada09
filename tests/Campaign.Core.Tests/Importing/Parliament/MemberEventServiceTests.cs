using Campaign.Auditing;
using Campaign.Importing.Parliament;
using Campaign.Positions;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>The flags as the dashboard and the profile read them, dismissing one, the coalition view and erasure (issue 18).</summary>
public sealed class MemberEventServiceTests : DatabaseTest
{
    private MemberEventService _service = null!;
    private int _a, _b, _stance, _unknownOnly, _nobody, _partner;
    private readonly Dictionary<string, int> _events = [];

    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    protected override async Task SetUpAsync()
    {
        _service = new MemberEventService(Database, Database.Clock);
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var ask = campaign.Asks[0];
        var partner = b.Organisation("RCT", "RCT", Campaign.Organisations.OrganisationKind.CoalitionPartner);
        var a = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Priority = PriorityTier.A);
        var bb = b.Person("Ben", "Baker", StakeholderKind.MP, s => s.Priority = PriorityTier.B);
        var stance = b.Person("Cara", "Clarke", StakeholderKind.Peer);
        var unknownOnly = b.Person("Dan", "Dale", StakeholderKind.MP);
        var nobody = b.Person("Eve", "Evans", StakeholderKind.MP);
        b.Position(stance, ask, Stance.Sceptical, new DateOnly(2026, 6, 1));
        b.Position(unknownOnly, ask, Stance.Unknown, new DateOnly(2026, 6, 1));
        await b.SaveAsync();
        (_a, _b, _stance, _unknownOnly, _nobody, _partner) = (a.Id, bb.Id, stance.Id, unknownOnly.Id, nobody.Id, partner.Id);

        Add(db, "a left", a, MemberEventKind.LeftHouse, "Left the House of Commons on 20 November 2026", 20);
        Add(db, "a dismissed", a, MemberEventKind.ChangedParty, "Labour → Independent", 25, dismissed: true);
        Add(db, "b party", bb, MemberEventKind.ChangedParty, "Conservative → Reform UK", 10);
        Add(db, "stance new", stance, MemberEventKind.NewMember, "Joined the House of Lords on 2 November 2026", 1);
        Add(db, "unknown only", unknownOnly, MemberEventKind.ChangedParty, "Labour → Green Party", 15);
        Add(db, "nobody", nobody, MemberEventKind.LeftHouse, "Left the House of Commons", 16);
        await db.SaveChangesAsync();
    }

    private void Add(Campaign.Data.CampaignDbContext db, string name, Stakeholder person, MemberEventKind kind, string detail, int day, bool dismissed = false)
    {
        var memberEvent = new MemberEvent
        {
            Stakeholder = person, Kind = kind, Detail = detail, At = Day.AddDays(day - 1),
            DismissedAt = dismissed ? Day.AddDays(day) : null, DismissedBy = dismissed ? "Pat Affairs" : null,
        };
        db.MemberEvents.Add(memberEvent);
        db.SavedChanges += (_, _) => _events[name] = memberEvent.Id;
    }

    private static (int Items, int Total) Count(MemberEventList list) => (list.Items.Count, list.Total);

    private Actor Coalition => TestActors.Coalition(_partner);

    [Fact]
    public async Task The_dashboard_lists_undismissed_flags_of_priority_A_or_B_or_a_known_stance_newest_first()
    {
        var list = await _service.ForDashboardAsync(TestActors.Leadership);

        Assert.Equal(3, list.Total);
        Assert.Equal([(_events["a left"], "Alice Adams"), (_events["b party"], "Ben Baker"), (_events["stance new"], "Cara Clarke")],
            list.Items.Select(i => (i.Id, i.Name)));
        var first = list.Items[0];
        Assert.Equal((_a, MemberEventKind.LeftHouse, "Left the House of Commons on 20 November 2026", Day.AddDays(19)),
            (first.StakeholderId, first.Kind, first.Detail, first.At));
    }

    [Fact]
    public async Task The_dashboard_list_is_capped_and_says_how_many_there_are()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.MemberEvents.AddRange(Enumerable.Range(0, 12).Select(i => new MemberEvent
            {
                StakeholderId = _b, Kind = MemberEventKind.ChangedParty, Detail = $"Party {i} → Party {i + 1}", At = Day.AddMinutes(i),
            }));
            await db.SaveChangesAsync();
        }

        var list = await _service.ForDashboardAsync(TestActors.Admin);

        Assert.Equal(15, list.Total);
        Assert.Equal(MemberEventService.DashboardLimit, list.Items.Count);
        Assert.Equal(list.Items.OrderByDescending(i => i.At).ThenByDescending(i => i.Id), list.Items);
    }

    [Fact]
    public async Task A_profile_shows_the_persons_undismissed_flags_whatever_their_priority()
    {
        Assert.Equal([_events["a left"]], (await _service.ForStakeholderAsync(TestActors.Leadership, _a)).Select(i => i.Id));
        Assert.Equal([_events["nobody"]], (await _service.ForStakeholderAsync(TestActors.Leadership, _nobody)).Select(i => i.Id));
    }

    [Fact]
    public async Task Dismissing_needs_edit_permission_records_who_and_is_audited_and_hides_the_flag()
    {
        var id = _events["a left"];
        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.DismissAsync(TestActors.Leadership, id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.DismissAsync(Coalition, id));
        Assert.False(MemberEventService.CanDismiss(TestActors.Leadership));
        Assert.True(MemberEventService.CanDismiss(TestActors.PublicAffairs));

        Assert.True(await _service.DismissAsync(TestActors.PublicAffairs, id));
        Assert.True(await _service.DismissAsync(TestActors.Admin, id)); // again: the first dismissal is kept
        Assert.False(await _service.DismissAsync(TestActors.Admin, 999_999));

        Assert.DoesNotContain(id, (await _service.ForDashboardAsync(TestActors.Admin)).Items.Select(i => i.Id));
        Assert.Empty(await _service.ForStakeholderAsync(TestActors.Admin, _a));
        var stored = await Database.WithContextAsync(db => db.MemberEvents.SingleAsync(e => e.Id == id));
        Assert.Equal(("Pat Affairs", Database.Clock.GetUtcNow()), (stored.DismissedBy, stored.DismissedAt!.Value));
        var audit = await Database.WithContextAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(MemberEvent) && a.Action == AuditAction.Updated).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal((id.ToString(), AuditAction.Updated, "pa-id"), (entry.EntityId, entry.Action, entry.UserId));
    }

    [Fact]
    public async Task A_coalition_member_gets_no_flags_which_is_what_an_admin_gets_from_the_stripped_copy()
    {
        Assert.Equal((0, 0), Count(await _service.ForDashboardAsync(Coalition)));
        Assert.Empty(await _service.ForStakeholderAsync(Coalition, _a));

        await using var copy = await OracleCopy.CreateAsync(Database, []);
        var onCopy = new MemberEventService(copy, copy.Clock);
        Assert.Equal((0, 0), Count(await onCopy.ForDashboardAsync(TestActors.Admin)));
        foreach (var id in new[] { _a, _b, _stance, _unknownOnly, _nobody })
            Assert.Empty(await onCopy.ForStakeholderAsync(TestActors.Admin, id));
    }

    [Fact]
    public async Task Erasing_a_person_removes_their_flags_and_the_subject_access_report_lists_them_before()
    {
        var privacy = TestServices.Privacy(Database);
        var report = await privacy.SubjectAccessAsync(TestActors.Admin, _a, SubjectAccessUse.Viewed);
        Assert.Equal([(MemberEventKind.LeftHouse, (string?)null), (MemberEventKind.ChangedParty, "Pat Affairs")],
            report!.MemberEvents.Select(e => (e.Kind, e.DismissedBy)));
        var pdf = PdfText.All(SubjectAccessExport.ToPdf(report));
        Assert.Contains("Flags from Parliament data", pdf);
        Assert.Contains("Left the House: Left the House of Commons on 20 November 2026", pdf);

        Assert.True((await privacy.EraseAsync(TestActors.Admin, _a)).Succeeded);

        Assert.Equal(0, await Database.WithContextAsync(db => db.MemberEvents.CountAsync(e => e.StakeholderId == _a)));
        Assert.Equal(4, await Database.WithContextAsync(db => db.MemberEvents.CountAsync()));
    }
}
