using Campaign.Dashboard;
using Campaign.Data;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Dashboard;

/// <summary>The dashboard's kept people follow the change log: who changed is read again, not everyone.</summary>
public sealed class KeptPeopleTests : DatabaseTest
{
    private readonly KeptPeople _kept = new();
    private int _adams, _baker;

    protected override async Task SetUpAsync()
    {
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour");
        var baker = b.Person("Ben", "Baker", StakeholderKind.Peer);
        b.Person("Fay", "Fox", StakeholderKind.PartnerContact);
        await b.SaveAsync();
        (_adams, _baker) = (adams.Id, baker.Id);
    }

    private async Task<CountedPerson[]> KeptAsync()
    {
        await using var db = Database.CreateDbContext();
        return (await _kept.CurrentAsync(db, TestContext.Current.CancellationToken)).People;
    }

    private async Task WriteAsync(Func<CampaignDbContext, Task> write)
    {
        await using var db = Database.CreateDbContext();
        await write(db);
    }

    [Fact]
    public async Task Each_write_to_a_counted_detail_is_read_for_that_person_alone()
    {
        Assert.Equal([_adams, _baker], (await KeptAsync()).Select(p => p.Id).Order());
        Assert.Equal(1, _kept.FullReads);

        await WriteAsync(db => db.Stakeholders.Where(s => s.Id == _adams).ExecuteUpdateAsync(u => u.SetProperty(s => s.Party, "Green")));
        Assert.Equal("Green", (await KeptAsync()).Single(p => p.Id == _adams).Party);

        // A contact moves the attendee's latest contact (a trigger's write, logged like any other).
        await WriteAsync(async db =>
        {
            var b = new Builder(db);
            b.Interaction(b.Campaign("c", "x"), new DateTime(2026, 11, 20, 9, 0, 0), await db.Stakeholders.SingleAsync(s => s.Id == _baker));
            await b.SaveAsync();
        });
        Assert.Equal(new DateTime(2026, 11, 20, 9, 0, 0), (await KeptAsync()).Single(p => p.Id == _baker).LatestContactAt);

        await WriteAsync(db => db.Stakeholders.Where(s => s.Id == _baker).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, MembershipStatus.Former)));
        Assert.Equal([_adams], (await KeptAsync()).Select(p => p.Id));
        await WriteAsync(db => db.Stakeholders.Where(s => s.Id == _adams).ExecuteDeleteAsync());
        Assert.Empty(await KeptAsync());

        Assert.Equal(1, _kept.FullReads);
    }

    [Fact]
    public async Task An_edit_to_anything_not_counted_is_not_logged()
    {
        await KeptAsync();
        int Logged(CampaignDbContext db) => db.PersonChanges.Count();
        await using var db = Database.CreateDbContext();
        var before = Logged(db);

        await db.Stakeholders.Where(s => s.Id == _adams).ExecuteUpdateAsync(u => u.SetProperty(s => s.Email, "alice@example.org"));
        Assert.Equal(before, Logged(db));
        await db.Stakeholders.Where(s => s.Id == _adams).ExecuteUpdateAsync(u => u.SetProperty(s => s.Influence, 5));
        Assert.Equal(before + 1, Logged(db));
    }

    [Fact]
    public async Task A_bulk_insert_of_people_or_a_copy_behind_the_log_is_read_again_whole()
    {
        await KeptAsync();

        // New people inserted in bulk are not listed one by one: the bulk statements log everyone.
        await WriteAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(DerivedDataSql.Defer(TestDatabase.Provider));
            new Builder(db).Person("Gus", "Grey", StakeholderKind.MP);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync(DerivedDataSql.Resume(TestDatabase.Provider));
            foreach (var sql in DerivedDataSql.ForBulkInsert(TestDatabase.Provider, "Stakeholders", "\"Stakeholders\"").After
                         .Where(sql => sql.Contains("ChangeCounters"))) await db.Database.ExecuteSqlRawAsync(sql);
            await transaction.CommitAsync();
        });
        Assert.Equal(3, (await KeptAsync()).Length);
        Assert.Equal(2, _kept.FullReads);

        // Further behind than the log reaches: its rows may be gone, so everyone is read.
        await WriteAsync(db => db.ChangeCounters.Where(c => c.Name == ChangeCounter.People)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Value, c => c.Value + PersonChange.Window)));
        await WriteAsync(db => db.Stakeholders.Where(s => s.Id == _adams).ExecuteUpdateAsync(u => u.SetProperty(s => s.Party, "Green")));
        Assert.Equal("Green", (await KeptAsync()).Single(p => p.Id == _adams).Party);
        Assert.Equal(3, _kept.FullReads);
        // and the log keeps only what is within reach.
        await using var db = Database.CreateDbContext();
        var newest = await db.ChangeCounters.Where(c => c.Name == ChangeCounter.People).Select(c => c.Value).SingleAsync();
        Assert.DoesNotContain(await db.PersonChanges.Select(c => c.Stamp).ToListAsync(), stamp => stamp <= newest - PersonChange.Window);
    }

    [Fact]
    public async Task More_changed_people_than_are_read_by_id_are_read_again_whole()
    {
        await KeptAsync();
        await WriteAsync(async db =>
        {
            var b = new Builder(db);
            for (var i = 0; i <= PersonChangeLog.MostReadById; i++) b.Person($"P{i}", "Many", StakeholderKind.Other);
            await b.SaveAsync();
        });
        Assert.Equal(2 + PersonChangeLog.MostReadById + 1, (await KeptAsync()).Length);
        Assert.Equal(2, _kept.FullReads);
    }
}
