using Campaign.Dashboard;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Dashboard;

/// <summary>Every dashboard number against a small hand-built campaign (the clock stands at 26 November 2026).</summary>
public sealed class DashboardServiceTests : DatabaseTest
{
    private DashboardService _service = null!;
    private int _campaignId, _r, _p, _a, _b, _c, _e, _ipem, _rct;

    protected override async Task SetUpAsync()
    {
        _service = new DashboardService(Database, Database.Clock);
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        var (r, p) = (campaign.Asks[0], campaign.Asks[1]);
        var ipem = b.Organisation("IPEM", "IPEM", OrganisationKind.CoalitionPartner);
        var rct = b.Organisation("RCT", "RCT", OrganisationKind.CoalitionPartner);

        var a = b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Priority = PriorityTier.A; s.Influence = 5; s.Interest = 4; });
        var bk = b.Person("Ben", "Baker", StakeholderKind.MP, s => { s.Party = "Conservative"; s.Priority = PriorityTier.A; });
        var c = b.Person("Cara", "Clarke", StakeholderKind.Peer, s => { s.Party = "Crossbench"; s.Priority = PriorityTier.A; });
        var d = b.Person("Dan", "Dale", StakeholderKind.MP, s => { s.Party = "Labour"; s.Status = MembershipStatus.Former; s.Priority = PriorityTier.A; });
        var e = b.Person("Eve", "Evans", StakeholderKind.CivilServant);
        b.Person("Fay", "Fox", StakeholderKind.PartnerContact, s => s.Organisation = ipem);

        // Adams: entered out of date order; Supportive (November) is current and a move up from Neutral.
        b.Position(a, r, Stance.Supportive, new DateOnly(2026, 11, 1));
        b.Position(a, r, Stance.Neutral, new DateOnly(2026, 1, 1));
        // Baker: a reversal, Supportive then Sceptical in October.
        b.Position(bk, r, Stance.Supportive, new DateOnly(2025, 1, 1));
        b.Position(bk, r, Stance.Sceptical, new DateOnly(2026, 10, 15));
        // Dale left the House: his Champion must not count anywhere.
        b.Position(d, r, Stance.Champion, new DateOnly(2026, 11, 5));
        b.Position(e, r, Stance.Champion, new DateOnly(2026, 11, 20));
        b.Position(e, p, Stance.Opposed, new DateOnly(2026, 6, 1));

        var i1 = b.Interaction(campaign, new DateTime(2026, 11, 10, 10, 0, 0), a);
        i1.Partners = [new InteractionPartner { Organisation = ipem }];
        var i2 = b.Interaction(campaign, new DateTime(2026, 10, 1, 10, 0, 0), bk, e);
        i2.Kind = InteractionKind.Call;
        i2.IsConfidential = true;
        i2.Partners = [new InteractionPartner { Organisation = ipem }, new InteractionPartner { Organisation = rct }];
        b.Interaction(campaign, new DateTime(2025, 6, 1, 10, 0, 0), a);
        b.Interaction(campaign, new DateTime(2027, 1, 10, 10, 0, 0), c); // planned, not yet a contact

        db.FollowUps.AddRange(
            new FollowUp { Title = "Overdue", DueOn = new DateOnly(2026, 11, 1) },
            new FollowUp { Title = "Upcoming", DueOn = new DateOnly(2026, 12, 1) },
            new FollowUp { Title = "Done late", DueOn = new DateOnly(2026, 10, 1), Status = FollowUpStatus.Done });
        await b.SaveAsync();
        (_campaignId, _r, _p, _a, _b, _c, _e, _ipem, _rct) = (campaign.Id, r.Id, p.Id, a.Id, bk.Id, c.Id, e.Id, ipem.Id, rct.Id);
    }

    private async Task<DashboardData> Staff() => (await _service.GetAsync(TestActors.PublicAffairs, _campaignId))!;

    [Fact]
    public async Task Headline_numbers_exclude_former_members_and_partner_contacts()
    {
        var data = await Staff();

        Assert.Equal(4, data.PeopleTargeted);
        Assert.Equal(3, data.EngagedLast90Days);
        Assert.Equal(1, data.OverdueFollowUps);
    }

    [Fact]
    public async Task Share_supportive_or_champion_is_over_everyone_targeted()
    {
        var data = await Staff();

        Assert.Equal((2, 4, 0.5), (data.Asks[0].Supportive, data.Asks[0].Targeted, data.Asks[0].Share));
        Assert.Equal((0, 0.0), (data.Asks[1].Supportive, data.Asks[1].Share));
    }

    [Fact]
    public async Task Stances_by_house_count_people_with_no_record_as_unknown()
    {
        var data = await Staff();
        int Count(int ask, string house, Stance stance) => data.StanceByHouse.Single(s => s.AskId == ask && s.Group == house && s.Stance == stance).Count;

        Assert.Equal((1, 1, 0, 0), (Count(_r, "Commons", Stance.Supportive), Count(_r, "Commons", Stance.Sceptical), Count(_r, "Commons", Stance.Champion), Count(_r, "Commons", Stance.Unknown)));
        Assert.Equal(1, Count(_r, "Lords", Stance.Unknown));
        Assert.Equal(1, Count(_r, "Outside Parliament", Stance.Champion));
        Assert.Equal(2, Count(_p, "Commons", Stance.Unknown));
        Assert.Equal(1, Count(_p, "Outside Parliament", Stance.Opposed));
        Assert.Equal(4, data.StanceByHouse.Where(s => s.AskId == _r).Sum(s => s.Count));
    }

    [Fact]
    public async Task Stances_by_party_cover_the_parliamentarians()
    {
        var data = await Staff();
        int Count(string party, Stance stance) => data.StanceByParty.Single(s => s.AskId == _r && s.Group == party && s.Stance == stance).Count;

        Assert.Equal(1, Count("Labour", Stance.Supportive));
        Assert.Equal(0, Count("Labour", Stance.Champion));
        Assert.Equal(1, Count("Conservative", Stance.Sceptical));
        Assert.Equal(1, Count("Crossbench", Stance.Unknown));
        Assert.DoesNotContain(data.StanceByParty, s => s.Group == "No party");
        Assert.Equal(3, data.StanceByParty.Where(s => s.AskId == _r).Sum(s => s.Count));
    }

    [Fact]
    public async Task Engagement_counts_past_contacts_per_month_and_kind()
    {
        var data = await Staff();

        Assert.Equal(
            [new MonthlyCount("2025-06", InteractionKind.Meeting, 1), new MonthlyCount("2026-10", InteractionKind.Call, 1), new MonthlyCount("2026-11", InteractionKind.Meeting, 1)],
            data.Engagement);
    }

    [Fact]
    public async Task Movement_compares_the_stance_now_with_the_stance_when_the_period_began()
    {
        var data = await Staff();

        Assert.Equal([(_a, Stance.Neutral, Stance.Supportive)], data.Last30Days.Up.Select(m => (m.StakeholderId, m.From!.Value, m.To)));
        Assert.Empty(data.Last30Days.Down);
        Assert.Equal([_e], data.Last30Days.NewlyKnown.Select(m => m.StakeholderId));
        Assert.Equal([(_b, Stance.Supportive, Stance.Sceptical)], data.Last90Days.Down.Select(m => (m.StakeholderId, m.From!.Value, m.To)));
        Assert.Equal([_a], data.Last90Days.Up.Select(m => m.StakeholderId));
        Assert.Equal((1, 0, 1), (data.Last30Days.UpTotal, data.Last30Days.DownTotal, data.Last30Days.NewlyKnownTotal));
    }

    [Fact]
    public async Task Movement_kept_between_reads_follows_every_write_to_positions_who_is_targeted_and_the_day()
    {
        Assert.Equal([_a], (await Staff()).Last30Days.Up.Select(m => m.StakeholderId));

        // A new position: Baker back up from Sceptical.
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Position(await db.Stakeholders.SingleAsync(s => s.Id == _b), await db.Asks.SingleAsync(a => a.Id == _r), Stance.Champion, new DateOnly(2026, 11, 25));
            await b.SaveAsync();
        }
        Assert.Equal([_b, _a], (await Staff()).Last30Days.Up.Select(m => m.StakeholderId));

        // An edit of a stance, made by SQL as an import would: Baker's is now Opposed, a move down.
        await using (var db = Database.CreateDbContext())
            await db.StatedPositions.Where(p => p.StakeholderId == _b && p.StatedOn == new DateOnly(2026, 11, 25)).ExecuteUpdateAsync(u => u.SetProperty(p => p.Stance, Stance.Opposed));
        var edited = await Staff();
        Assert.Equal([_a], edited.Last30Days.Up.Select(m => m.StakeholderId));
        Assert.Equal([_b], edited.Last90Days.Down.Select(m => m.StakeholderId));

        // Adams leaves the House: no longer targeted, so no longer a mover.
        await using (var db = Database.CreateDbContext())
            await db.Stakeholders.Where(s => s.Id == _a).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, MembershipStatus.Former));
        Assert.Empty((await Staff()).Last30Days.Up);

        // A month later Baker's move down is out of the 30 days but still in the 90.
        Database.Clock.Now = Database.Clock.Now.AddDays(31);
        var later = await Staff();
        Assert.Empty(later.Last30Days.Down);
        Assert.Equal([_b], later.Last90Days.Down.Select(m => m.StakeholderId));
    }

    [Fact]
    public async Task A_stance_recorded_re_reads_that_persons_movement_alone_until_the_day_turns()
    {
        Assert.DoesNotContain(_c, (await Staff()).Last30Days.NewlyKnown.Select(m => m.StakeholderId));
        Assert.Equal((1, 1), (_service.Memo.Movement.FullReads, _service.Memo.Movement.Builds));

        // A contact with no stance: Adams (a mover) is re-read, her rows are the same, and movement is not worked out again.
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Interaction(await db.Campaigns.SingleAsync(c => c.Id == _campaignId), new DateTime(2026, 11, 24, 9, 0, 0), await db.Stakeholders.SingleAsync(s => s.Id == _a));
            await b.SaveAsync();
        }
        await Staff();
        Assert.Equal((1, 1), (_service.Memo.Movement.FullReads, _service.Memo.Movement.Builds));

        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Position(await db.Stakeholders.SingleAsync(s => s.Id == _c), (await db.Asks.FindAsync(_r))!, Stance.Supportive, new DateOnly(2026, 11, 24));
            await b.SaveAsync();
        }
        var recorded = await Staff();
        Assert.Contains(_c, recorded.Last30Days.NewlyKnown.Select(m => m.StakeholderId));
        Assert.Equal((1, 2), (_service.Memo.Movement.FullReads, _service.Memo.Movement.Builds));

        // A new day moves both periods' start: every row is read again.
        Database.Clock.Now = Database.Clock.Now.AddDays(1);
        Assert.Contains(_c, (await Staff()).Last30Days.NewlyKnown.Select(m => m.StakeholderId));
        Assert.Equal(2, _service.Memo.Movement.FullReads);
    }

    [Fact]
    public async Task Engaged_and_coverage_are_counted_once_a_minute_or_again_when_someone_is_contacted()
    {
        await Staff();
        await Staff();
        Assert.Equal((1, 1, 1, 1), (_service.Memo.Computed("engaged"), _service.Memo.Computed("coverage"), _service.Memo.Computed("engagement"), _service.Memo.Computed("grid")));

        // Evans is met: her latest contact moves, so both are counted again within the minute.
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Interaction(await db.Campaigns.SingleAsync(c => c.Id == _campaignId), new DateTime(2026, 11, 21, 9, 0, 0), await db.Stakeholders.SingleAsync(s => s.Id == _e));
            await b.SaveAsync();
        }
        var evans = await Staff();
        Assert.Equal((2, 2, 2, 2), (_service.Memo.Computed("engaged"), _service.Memo.Computed("coverage"), _service.Memo.Computed("engagement"), _service.Memo.Computed("grid")));
        Assert.Equal(2, evans.Engagement.Single(m => m.Month == "2026-11" && m.Kind == InteractionKind.Meeting).Count);

        // Clarke, whose latest contact is still to come, is met today: her latest contact stays, yet she counts at once.
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Interaction(await db.Campaigns.SingleAsync(c => c.Id == _campaignId), new DateTime(2026, 11, 21, 10, 0, 0), await db.Stakeholders.SingleAsync(s => s.Id == _c));
            await b.SaveAsync();
        }
        var met = await Staff();
        Assert.Equal(4, met.EngagedLast90Days);
        Assert.DoesNotContain(_c, met.PriorityACoverage.NotContacted.Select(c => c.StakeholderId));

        // The windows move with the clock: a minute on, both are counted again.
        Database.Clock.Now = Database.Clock.Now.AddMinutes(1);
        await Staff();
        Assert.Equal((4, 4), (_service.Memo.Computed("engaged"), _service.Memo.Computed("coverage")));
    }

    [Fact]
    public async Task The_grid_keeps_who_is_plotted_but_reads_their_names_on_every_visit()
    {
        Assert.Contains((await Staff()).PowerInterest, p => p.StakeholderId == _a && p.Name == "Alice Adams");

        // A rename is not a change the people counter counts: the kept places stay, the name shown is the new one.
        await using (var db = Database.CreateDbContext())
            await db.Stakeholders.Where(s => s.Id == _a).ExecuteUpdateAsync(u => u.SetProperty(s => s.DisplayName, "Alice Adams-Hart"));
        var renamed = await Staff();
        Assert.Equal("Alice Adams-Hart", renamed.PowerInterest.Single(p => p.StakeholderId == _a).Name);
        Assert.Equal(1, _service.Memo.Computed("grid"));

        // Her stance moves: the grid is worked out again.
        await using (var db = Database.CreateDbContext())
            await db.StatedPositions.Where(p => p.StakeholderId == _a && p.Stance == Stance.Supportive).ExecuteUpdateAsync(u => u.SetProperty(p => p.Stance, Stance.Champion));
        Assert.Equal(Stance.Champion, (await Staff()).PowerInterest.Single(p => p.StakeholderId == _a).StanceOn(_r));
        Assert.Equal(2, _service.Memo.Computed("grid"));
    }

    [Fact]
    public async Task Counts_kept_between_reads_follow_every_write_to_people_contacts_and_follow_ups()
    {
        var first = await Staff();
        Assert.Equal((4, 3, 1), (first.PeopleTargeted, first.EngagedLast90Days, first.OverdueFollowUps));
        Assert.Equal([_c], first.PriorityACoverage.NotContacted.Select(c => c.StakeholderId));

        // A follow-up falls due, and Clarke is met (a contact, an attendee).
        int contactId;
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            db.FollowUps.Add(new FollowUp { Title = "Also overdue", DueOn = new DateOnly(2026, 11, 20) });
            var met = b.Interaction(await db.Campaigns.SingleAsync(c => c.Id == _campaignId), new DateTime(2026, 11, 20, 9, 0, 0),
                await db.Stakeholders.SingleAsync(s => s.Id == _c));
            await b.SaveAsync();
            contactId = met.Id;
        }
        var met1 = await Staff();
        Assert.Equal((4, 2), (met1.EngagedLast90Days, met1.OverdueFollowUps));
        Assert.Empty(met1.PriorityACoverage.NotContacted);

        // Written by SQL, as imports and erasure write, one table at a time: each write is seen at the next read.
        async Task<DashboardData> AfterAsync(Func<CampaignDbContext, Task> write)
        {
            await using (var db = Database.CreateDbContext()) await write(db);
            return await Staff();
        }
        Assert.Equal(1, (await AfterAsync(db => db.FollowUps.Where(f => f.Title == "Overdue")
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, FollowUpStatus.Done)))).OverdueFollowUps);
        Assert.Equal(3, (await AfterAsync(db => db.InteractionAttendees.Where(a => a.InteractionId == contactId).ExecuteDeleteAsync())).EngagedLast90Days);
        Assert.Equal(4, (await AfterAsync(db => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "InteractionAttendees" ("InteractionId", "StakeholderId") VALUES ({contactId}, {_c})"""))).EngagedLast90Days);
        Assert.Equal(3, (await AfterAsync(db => db.Interactions.Where(i => i.Id == contactId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.OccurredAt, new DateTime(2020, 1, 1))))).EngagedLast90Days);
        var later = await AfterAsync(db => db.Stakeholders.Where(s => s.Id == _e).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, MembershipStatus.Former)));
        Assert.Equal((3, 2), (later.PeopleTargeted, later.EngagedLast90Days));
        Assert.Equal([_c], later.PriorityACoverage.NotContacted.Select(c => c.StakeholderId));
        Assert.Equal("Cara Clarke", later.PriorityACoverage.NotContacted[0].Name);
        Assert.Equal(0, (await AfterAsync(db => db.FollowUps.Where(f => f.Title == "Also overdue").ExecuteDeleteAsync())).OverdueFollowUps);
    }

    [Fact]
    public async Task Counts_are_kept_until_the_people_counter_moves_and_a_bulk_insert_moves_it_once()
    {
        Assert.Equal(4, (await Staff()).PeopleTargeted);

        // Inserted with the insert triggers deferred and nothing done in their place: the kept count stands.
        await InsertDeferredAsync("Gus", "Grey", after: []);
        Assert.Equal(4, (await Staff()).PeopleTargeted);

        // A bulk insert does in their place what they would have done, raising the counter.
        await InsertDeferredAsync("Hal", "Hume", after: DerivedDataSql.ForBulkInsert(TestDatabase.Provider, "Stakeholders", "\"Stakeholders\"").After
            .Where(sql => sql.Contains("ChangeCounters")).ToList());
        Assert.Equal(6, (await Staff()).PeopleTargeted);
    }

    private async Task InsertDeferredAsync(string given, string family, IReadOnlyList<string> after)
    {
        await using var db = Database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(DerivedDataSql.Defer(TestDatabase.Provider));
        new Builder(db).Person(given, family, StakeholderKind.MP);
        await db.SaveChangesAsync();
        foreach (var sql in after) await db.Database.ExecuteSqlRawAsync(sql);
        await db.Database.ExecuteSqlRawAsync(DerivedDataSql.Resume(TestDatabase.Provider));
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Long_lists_show_the_most_recent_movers_and_the_longest_uncontacted_but_count_everyone()
    {
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            var ask = await db.Asks.FindAsync(_r);
            for (var i = 0; i < DashboardService.ListLimit + 5; i++)
            {
                var person = b.Person($"P{i:D2}", $"Mover{i:D2}", StakeholderKind.MP, s => s.Priority = PriorityTier.A);
                b.Position(person, ask!, Stance.Neutral, new DateOnly(2025, 1, 1));
                b.Position(person, ask!, Stance.Supportive, new DateOnly(2026, 11, 25).AddDays(-i));
                if (i >= 2) b.Interaction(await db.Campaigns.SingleAsync(c => c.Id == _campaignId), new DateTime(2020, 1, 1).AddDays(i), person);
            }
            await b.SaveAsync();
        }

        var data = await Staff();

        Assert.Equal(DashboardService.ListLimit + 5 + 1, data.Last90Days.UpTotal);
        Assert.Equal(DashboardService.ListLimit, data.Last90Days.Up.Count);
        Assert.Equal("P00 Mover00", data.Last90Days.Up[0].Name);
        Assert.True(data.Last90Days.Up.Zip(data.Last90Days.Up.Skip(1)).All(p => p.First.StatedOn >= p.Second.StatedOn));
        var coverage = data.PriorityACoverage;
        Assert.Equal(1 + DashboardService.ListLimit + 5, coverage.NotContactedTotal);
        Assert.Equal(DashboardService.ListLimit, coverage.NotContacted.Count);
        // Never contacted first (Clarke, P00, P01), then the longest ago.
        Assert.All(coverage.NotContacted.Take(3), c => Assert.Null(c.LastContacted));
        Assert.Equal(new DateTime(2020, 1, 3), coverage.NotContacted[3].LastContacted);
        Assert.True(coverage.NotContacted.Skip(3).Zip(coverage.NotContacted.Skip(4)).All(p => p.First.LastContacted <= p.Second.LastContacted));
    }

    [Fact]
    public async Task Priority_a_coverage_counts_only_past_contact_in_the_last_year()
    {
        var data = await Staff();

        Assert.Equal([_a, _b], data.PriorityACoverage.Contacted.Select(c => c.StakeholderId));
        Assert.Equal([_c], data.PriorityACoverage.NotContacted.Select(c => c.StakeholderId));
        Assert.Equal((2, 1), (data.PriorityACoverage.ContactedTotal, data.PriorityACoverage.NotContactedTotal));
        Assert.Equal(new DateTime(2026, 10, 1, 10, 0, 0), data.PriorityACoverage.Contacted.Single(c => c.StakeholderId == _b).LastContacted);
    }

    [Fact]
    public async Task Coalition_contributions_count_interactions_per_partner()
    {
        var data = await Staff();
        Assert.Equal([(_ipem, 2), (_rct, 1)], data.Contributions.Select(c => (c.OrganisationId, c.Interactions)));
    }

    [Fact]
    public async Task The_power_interest_grid_places_each_priority_a_target_and_counts_everyone_per_cell()
    {
        var data = await Staff();
        var grid = data.PowerInterest;

        // The most influential first, then the most interested, then the longest known.
        Assert.Equal([_a, _b, _c], grid.Select(g => g.StakeholderId));
        // Adams at (5, 4); Baker, Clarke and Evans at the default (3, 3); Dale left, Fox is a partner contact.
        Assert.Equal([(5, 4, 1), (3, 3, 3)], data.PowerInterestCells.Select(c => (c.Influence, c.Interest, c.People)));
        var adams = grid.Single(g => g.StakeholderId == _a);
        Assert.Equal((5, 4, Stance.Supportive, Stance.Unknown), (adams.Influence, adams.Interest, adams.StanceOn(_r), adams.StanceOn(_p)));

        // Clarke's interest rises above Baker's: she comes before him.
        await using (var db = Database.CreateDbContext())
            await db.Stakeholders.Where(s => s.Id == _c).ExecuteUpdateAsync(u => u.SetProperty(s => s.Interest, 4));
        Assert.Equal([_a, _c, _b], (await Staff()).PowerInterest.Select(g => g.StakeholderId));
    }

    [Fact]
    public async Task Coalition_members_get_the_numbers_of_the_campaign_without_its_confidential_material()
    {
        // Baker's October reversal was said in confidence: the coalition view has Baker still Supportive.
        await using (var db = Database.CreateDbContext())
            await db.StatedPositions.Where(p => p.StakeholderId == _b && p.Stance == Stance.Sceptical)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.IsConfidential, true));
        var staff = await Staff();
        var coalition = (await _service.GetAsync(TestActors.Coalition(_ipem), _campaignId))!;

        // The confidential call on 1 October (Baker and Evans, IPEM and RCT) is not a contact in the coalition view.
        Assert.Equal((3, 1), (staff.EngagedLast90Days, coalition.EngagedLast90Days));
        Assert.Contains(staff.Engagement, m => m is { Month: "2026-10", Kind: InteractionKind.Call });
        Assert.DoesNotContain(coalition.Engagement, m => m.Month == "2026-10");
        Assert.Equal([(_ipem, 1)], coalition.Contributions.Select(c => (c.OrganisationId, c.Interactions)));
        Assert.Contains(coalition.PriorityACoverage.NotContacted, c => c.StakeholderId == _b && c.LastContacted is null);
        Assert.Equal(_b, Assert.Single(staff.Last90Days.Down).StakeholderId);
        Assert.Empty(coalition.Last90Days.Down);
        Assert.Equal((2, 3), (staff.Asks[0].Supportive, coalition.Asks[0].Supportive));
        Assert.Null(coalition.OverdueFollowUps);
    }

    [Fact]
    public async Task A_meeting_planned_for_later_this_month_is_not_yet_a_contact()
    {
        await using (var db = Database.CreateDbContext())
        {
            var planned = new Interaction
            {
                CampaignId = _campaignId, Kind = InteractionKind.Meeting, OccurredAt = new DateTime(2026, 11, 28, 10, 0, 0), Title = "Planned",
                Attendees = [new InteractionAttendee { StakeholderId = _a }, new InteractionAttendee { StakeholderId = _c }],
                Partners = [new InteractionPartner { OrganisationId = _rct }],
            };
            db.Interactions.Add(planned);
            await db.SaveChangesAsync();
        }

        var data = await Staff();

        // Adams's latest contact is now the planned one: last contacted falls back to the one before it.
        Assert.Equal(new DateTime(2026, 11, 10, 10, 0, 0), data.PriorityACoverage.Contacted.Single(c => c.StakeholderId == _a).LastContacted);
        Assert.Equal([_c], data.PriorityACoverage.NotContacted.Select(c => c.StakeholderId));
        Assert.Equal(1, data.Engagement.Single(m => m.Month == "2026-11").Count);
        Assert.Equal([(_ipem, 2), (_rct, 1)], data.Contributions.Select(c => (c.OrganisationId, c.Interactions)));
        Assert.Equal(3, data.EngagedLast90Days);
    }

    [Fact]
    public async Task A_campaign_with_no_positions_yet_shows_everyone_unknown()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var empty = b.Campaign("only");
        await b.SaveAsync();

        var data = (await _service.GetAsync(TestActors.PublicAffairs, empty.Id))!;

        Assert.Equal(0, data.Asks.Single().Supportive);
        Assert.Equal(data.PeopleTargeted, data.StanceByHouse.Where(s => s.Stance == Stance.Unknown).Sum(s => s.Count));
        Assert.Empty(data.Engagement);
        Assert.Empty(data.Last90Days.Up);
    }
}
