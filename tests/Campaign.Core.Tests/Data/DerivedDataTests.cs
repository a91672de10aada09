using Campaign.Confidentiality;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>
/// The trigger-kept values (current stance and tallies in both views, confidentiality of positions, latest contacts,
/// monthly counts) stay equal to a recount from the history.
/// </summary>
public sealed class DerivedDataTests : DatabaseTest
{
    [Fact]
    public async Task Current_stance_follows_inserts_deletes_and_redating()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        var person = b.Person("Alice", "Adams");
        var november = b.Position(person, campaign.Asks[0], Stance.Supportive, new DateOnly(2026, 11, 1));
        await b.SaveAsync();
        // Entered later but stated earlier: history, not current.
        var january = b.Position(person, campaign.Asks[0], Stance.Neutral, new DateOnly(2026, 1, 1));
        var otherAsk = b.Position(person, campaign.Asks[1], Stance.Opposed, new DateOnly(2025, 1, 1));
        await b.SaveAsync();
        Assert.Equal([november.Id, otherAsk.Id], await CurrentIds());

        // Same day: the later-entered record wins.
        var sameDay = b.Position(person, campaign.Asks[0], Stance.Champion, new DateOnly(2026, 11, 1));
        await b.SaveAsync();
        Assert.Equal([otherAsk.Id, sameDay.Id], await CurrentIds());

        db.StatedPositions.Remove(sameDay);
        await db.SaveChangesAsync();
        Assert.Equal([november.Id, otherAsk.Id], await CurrentIds());

        january.StatedOn = new DateOnly(2026, 11, 20);
        await db.SaveChangesAsync();
        Assert.Equal([january.Id, otherAsk.Id], await CurrentIds());

        // Moved to the other ask: both pairs are worked out again.
        january.AskId = campaign.Asks[1].Id;
        await db.SaveChangesAsync();
        Assert.Equal([november.Id, january.Id], await CurrentIds());
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task Records_inserted_by_one_statement_are_flagged_and_tallied_once()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var person = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour");
        b.Position(person, campaign.Asks[0], Stance.Neutral, new DateOnly(2026, 1, 1));
        await b.SaveAsync();

        // Three more records of the same pair in one statement (PostgreSQL runs row triggers when it ends), each
        // claiming to be current: the latest by id wins and is counted once.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "StatedPositions" ("StakeholderId", "AskId", "Stance", "StatedOn", "EvidenceKind", "Confidence", "RecordedAt", "IsCurrent")
            SELECT p."StakeholderId", p."AskId", CASE n.k WHEN 1 THEN 'Opposed' WHEN 2 THEN 'Champion' ELSE 'Supportive' END,
                   p."StatedOn", p."EvidenceKind", p."Confidence", p."RecordedAt", true
            FROM "StatedPositions" p CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) n
            """);

        Assert.Single(await CurrentIds());
        Assert.Single(await CurrentIds(Clearance.Coalition));
        Assert.Equal(1, (await db.StanceTallies.AsNoTracking().For(Clearance.Staff).ToListAsync()).Sum(t => t.Count));
        Assert.Equal(1, (await db.StanceTallies.AsNoTracking().For(Clearance.Coalition).ToListAsync()).Sum(t => t.Count));
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task Stance_tallies_follow_positions_and_changes_to_the_person()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        var (r, p) = (campaign.Asks[0], campaign.Asks[1]);
        var adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour");
        var baker = b.Person("Ben", "Baker", StakeholderKind.MP, s => s.Party = "Labour");
        var old = b.Position(adams, r, Stance.Neutral, new DateOnly(2026, 1, 1));
        b.Position(adams, r, Stance.Supportive, new DateOnly(2026, 6, 1));
        b.Position(baker, r, Stance.Supportive, new DateOnly(2026, 2, 1));
        var bakerPgd = b.Position(baker, p, Stance.Opposed, new DateOnly(2026, 2, 1));
        await b.SaveAsync();
        Assert.Equal([$"{r.Id} Current MP Labour Supportive 2", $"{p.Id} Current MP Labour Opposed 1"], await Tallies());

        // Re-dated to be the latest, and its stance corrected: Adams is Neutral→Sceptical now.
        old.StatedOn = new DateOnly(2026, 11, 1);
        old.Stance = Stance.Sceptical;
        bakerPgd.AskId = r.Id;
        adams.Party = "Independent";
        await db.SaveChangesAsync();
        Assert.Equal([$"{r.Id} Current MP Independent Sceptical 1", $"{r.Id} Current MP Labour Opposed 1"], await Tallies());

        baker.Status = MembershipStatus.Former;
        await db.SaveChangesAsync();
        Assert.Equal([$"{r.Id} Current MP Independent Sceptical 1", $"{r.Id} Former MP Labour Opposed 1"], await Tallies());

        db.Stakeholders.Remove(adams);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "Stakeholders" WHERE "Id" = {baker.Id}""");
        Assert.Empty(await Tallies());
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task Latest_contacts_follow_attendance_dates_and_confidentiality()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var person = b.Person("Alice", "Adams");
        var open = b.Interaction(campaign, new DateTime(2026, 6, 1, 10, 0, 0), person);
        var secret = b.Interaction(campaign, new DateTime(2026, 9, 1, 10, 0, 0), person);
        secret.IsConfidential = true;
        await b.SaveAsync();
        Assert.Equal((new DateTime(2026, 9, 1, 10, 0, 0), new DateTime(2026, 6, 1, 10, 0, 0)), await LatestOf(person.Id));

        secret.IsConfidential = false;
        await db.SaveChangesAsync();
        Assert.Equal((new DateTime(2026, 9, 1, 10, 0, 0), new DateTime(2026, 9, 1, 10, 0, 0)), await LatestOf(person.Id));

        secret.OccurredAt = new DateTime(2026, 3, 1, 10, 0, 0);
        await db.SaveChangesAsync();
        Assert.Equal((new DateTime(2026, 6, 1, 10, 0, 0), new DateTime(2026, 6, 1, 10, 0, 0)), await LatestOf(person.Id));

        open.Attendees.Clear();
        await db.SaveChangesAsync();
        Assert.Equal((new DateTime(2026, 3, 1, 10, 0, 0), new DateTime(2026, 3, 1, 10, 0, 0)), await LatestOf(person.Id));

        // Deleted in SQL: the attendee rows go by cascade and the person is worked out again.
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "Interactions" WHERE "Id" = {secret.Id}""");
        Assert.Equal(((DateTime?)null, (DateTime?)null), await LatestOf(person.Id));
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task Monthly_counts_follow_new_changed_and_deleted_contacts_and_partners()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var ipem = b.Organisation("IPEM", "IPEM", OrganisationKind.CoalitionPartner);
        var rct = b.Organisation("RCT", "RCT", OrganisationKind.CoalitionPartner);
        var person = b.Person("Alice", "Adams");
        var first = b.Interaction(campaign, new DateTime(2026, 10, 3, 10, 0, 0), person);
        first.Partners = [new InteractionPartner { Organisation = ipem }, new InteractionPartner { Organisation = rct }];
        var second = b.Interaction(campaign, new DateTime(2026, 10, 20, 10, 0, 0), person);
        second.Kind = InteractionKind.Call;
        second.Partners = [new InteractionPartner { Organisation = ipem }];
        await b.SaveAsync();
        Assert.Equal(["2026-10 Call 1", "2026-10 Meeting 1"], await MonthCounts());
        Assert.Equal(["2026-10 IPEM 2", "2026-10 RCT 1"], await PartnerCounts());

        first.OccurredAt = new DateTime(2026, 9, 30, 10, 0, 0);
        second.Kind = InteractionKind.Meeting;
        second.Partners.RemoveAll(p => p.OrganisationId == ipem.Id);
        await db.SaveChangesAsync();
        Assert.Equal(["2026-09 Meeting 1", "2026-10 Meeting 1"], await MonthCounts());
        Assert.Equal(["2026-09 IPEM 1", "2026-09 RCT 1"], await PartnerCounts());

        // One deletion through EF (partners tracked), one in SQL (partners go by cascade): neither counts twice.
        db.Interactions.Remove(second);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "Interactions" WHERE "Id" = {first.Id}""");
        Assert.Empty(await MonthCounts());
        Assert.Empty(await PartnerCounts());
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task The_migration_backfill_computes_the_same_values_as_the_triggers()
    {
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            var campaign = b.Campaign("registration", "pgd");
            var ipem = b.Organisation("IPEM", "IPEM", OrganisationKind.CoalitionPartner);
            var people = Enumerable.Range(1, 6).Select(i => b.Person($"P{i}", $"Person{i}", (StakeholderKind)(i % 3),
                s => s.Party = i % 2 == 0 ? "Labour" : null)).ToList();
            for (var i = 0; i < 30; i++)
            {
                var contact = b.Interaction(campaign, new DateTime(2025, 1, 1).AddDays(i * 23), people[i % 6], people[(i + 2) % 6]);
                contact.IsConfidential = i % 4 == 0;
                if (i % 3 == 0) contact.Partners = [new InteractionPartner { Organisation = ipem }];
                var position = b.Position(people[i % 6], campaign.Asks[i % 2], (Stance)(i % 6), new DateOnly(2025, 1, 1).AddDays(i * 17 % 300));
                position.Interaction = contact;
            }
            await b.SaveAsync();
        }
        await AssertMatchesRecount();
        var (current, months, partners, tallies) = (await CurrentIds(), await MonthCounts(), await PartnerCounts(), await Tallies());
        var (coalitionCurrent, coalitionTallies) = (await CurrentIds(Clearance.Coalition), await Tallies(Clearance.Coalition));

        await using (var db = Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "StatedPositions" SET "IsCurrent" = false, "IsCoalitionCurrent" = false; UPDATE "Stakeholders" SET "LatestContactAt" = NULL, "LatestOpenContactAt" = NULL;
                DELETE FROM "InteractionMonthCounts"; DELETE FROM "PartnerMonthCounts"; DELETE FROM "StanceTallies";
                """);
            foreach (var sql in TestDatabase.IsPostgres ? DerivedDataSql.PostgresBackfill : DerivedDataSql.SqliteBackfill)
                await db.Database.ExecuteSqlRawAsync(sql);
        }
        await AssertMatchesRecount();
        Assert.Equal(current, await CurrentIds());
        Assert.Equal(months, await MonthCounts());
        Assert.Equal(partners, await PartnerCounts());
        Assert.Equal(tallies, await Tallies());
        Assert.Equal(coalitionCurrent, await CurrentIds(Clearance.Coalition));
        Assert.Equal(coalitionTallies, await Tallies(Clearance.Coalition));
        Assert.NotEqual(current, coalitionCurrent);
    }

    [Fact]
    public async Task A_position_from_a_confidential_interaction_is_confidential_whoever_writes_it_and_stays_so()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var person = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour");
        var secret = b.Interaction(campaign, new DateTime(2026, 6, 1, 10, 0, 0), person);
        secret.IsConfidential = true;
        var open = b.Interaction(campaign, new DateTime(2026, 3, 1, 10, 0, 0), person);
        var early = b.Position(person, campaign.Asks[0], Stance.Neutral, new DateOnly(2026, 3, 1));
        early.Interaction = open;
        await b.SaveAsync();

        // Written in SQL without the flag, as an import might: the database marks it.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StatedPositions" ("StakeholderId", "AskId", "Stance", "StatedOn", "EvidenceKind", "Confidence", "RecordedAt", "InteractionId", "IsConfidential")
            SELECT p."StakeholderId", p."AskId", 'Supportive', {new DateOnly(2026, 6, 1)}, p."EvidenceKind", p."Confidence", p."RecordedAt", {secret.Id}, false
            FROM "StatedPositions" p WHERE p."Id" = {early.Id}
            """);
        var fromSecret = await db.StatedPositions.AsNoTracking().SingleAsync(p => p.InteractionId == secret.Id);
        Assert.True(fromSecret.IsConfidential);
        Assert.Equal([fromSecret.Id], await CurrentIds());
        Assert.Equal([early.Id], await CurrentIds(Clearance.Coalition));
        await AssertMatchesRecount();

        // Made public by hand while its meeting is still confidential: the database puts the flag back.
        await db.Database.ExecuteSqlAsync($"""UPDATE "StatedPositions" SET "IsConfidential" = false WHERE "Id" = {fromSecret.Id}""");
        Assert.True((await db.StatedPositions.AsNoTracking().SingleAsync(p => p.Id == fromSecret.Id)).IsConfidential);

        // The open meeting made confidential takes its position with it; made public again, the position stays hidden.
        open.IsConfidential = true;
        await db.SaveChangesAsync();
        Assert.Empty(await CurrentIds(Clearance.Coalition));
        open.IsConfidential = false;
        await db.SaveChangesAsync();
        Assert.True((await db.StatedPositions.AsNoTracking().SingleAsync(p => p.Id == early.Id)).IsConfidential);

        // Deleting the confidential meeting clears the link, not the flag.
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "Interactions" WHERE "Id" = {secret.Id}""");
        var orphan = await db.StatedPositions.AsNoTracking().SingleAsync(p => p.Id == fromSecret.Id);
        Assert.Equal((null, true), (orphan.InteractionId, orphan.IsConfidential));
        Assert.Empty(await Tallies(Clearance.Coalition));
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task The_coalition_view_counts_the_latest_record_it_may_see()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var (adams, baker) = (b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour"), b.Person("Ben", "Baker", StakeholderKind.MP));
        var r = campaign.Asks[0];
        var neutral = b.Position(adams, r, Stance.Neutral, new DateOnly(2026, 1, 1));
        var supportive = b.Position(adams, r, Stance.Supportive, new DateOnly(2026, 5, 1));
        supportive.IsConfidential = true;
        var bakerOnly = b.Position(baker, r, Stance.Opposed, new DateOnly(2026, 2, 1));
        bakerOnly.IsConfidential = true;
        await b.SaveAsync();
        Assert.Equal([$"{r.Id} Current MP  Opposed 1", $"{r.Id} Current MP Labour Supportive 1"], await Tallies());
        Assert.Equal([$"{r.Id} Current MP Labour Neutral 1"], await Tallies(Clearance.Coalition));

        // Shared by hand, re-dated, then deleted: each moves the coalition view's stance.
        supportive.IsConfidential = false;
        bakerOnly.StatedOn = new DateOnly(2026, 3, 1);
        await db.SaveChangesAsync();
        Assert.Equal([$"{r.Id} Current MP Labour Supportive 1"], await Tallies(Clearance.Coalition));
        neutral.StatedOn = new DateOnly(2026, 9, 1);
        adams.Party = "Independent";
        await db.SaveChangesAsync();
        Assert.Equal([$"{r.Id} Current MP Independent Neutral 1"], await Tallies(Clearance.Coalition));
        db.StatedPositions.Remove(neutral);
        await db.SaveChangesAsync();
        Assert.Equal([supportive.Id], await CurrentIds(Clearance.Coalition));
        await AssertMatchesRecount();
    }

    [Fact]
    public async Task Monthly_counts_keep_confidential_contacts_apart()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var ipem = b.Organisation("IPEM", "IPEM", OrganisationKind.CoalitionPartner);
        var person = b.Person("Alice", "Adams");
        var contact = b.Interaction(campaign, new DateTime(2026, 10, 3, 10, 0, 0), person);
        contact.Partners = [new InteractionPartner { Organisation = ipem }];
        await b.SaveAsync();

        contact.IsConfidential = true;
        await db.SaveChangesAsync();
        Assert.Equal(["2026-10 Meeting (confidential) 1"], await MonthCounts());
        Assert.Equal(["2026-10 IPEM (confidential) 1"], await PartnerCounts());
        await AssertMatchesRecount();
    }

    [Fact]
    public void The_live_generator_is_what_the_newest_migrations_applied()
    {
        // Migrations apply a frozen copy (see DerivedDataSql): a change to the generator needs a new copy and migration.
        Assert.Equal(Campaign.Data.MigrationsSql.DerivedDataV3.SqliteTriggers, DerivedDataSql.SqliteTriggers);
        Assert.Equal(Campaign.Data.MigrationsSql.DerivedDataV3.SqliteBackfill, DerivedDataSql.SqliteBackfill);
        Assert.Equal(Campaign.Data.MigrationsSql.DerivedDataV3.PostgresTriggers, DerivedDataSql.PostgresTriggers);
        Assert.Equal(Campaign.Data.MigrationsSql.DerivedDataV3.PostgresBackfill, DerivedDataSql.PostgresBackfill);
    }

    private async Task<List<int>> CurrentIds(Clearance clearance = Clearance.Staff)
    {
        await using var db = Database.CreateDbContext();
        return await db.StatedPositions.CurrentFor(clearance).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    private Task<List<string>> Tallies(Clearance clearance = Clearance.Staff) => DerivedDataRecount.TalliesAsync(Database, clearance);

    private async Task<(DateTime?, DateTime?)> LatestOf(int stakeholderId)
    {
        await using var db = Database.CreateDbContext();
        var person = await db.Stakeholders.AsNoTracking().SingleAsync(s => s.Id == stakeholderId);
        return (person.LatestContactAt, person.LatestOpenContactAt);
    }

    private Task<List<string>> MonthCounts() => DerivedDataRecount.MonthCountsAsync(Database);

    private Task<List<string>> PartnerCounts() => DerivedDataRecount.PartnerCountsAsync(Database);

    private Task AssertMatchesRecount() => DerivedDataRecount.AssertMatchesAsync(Database);
}
