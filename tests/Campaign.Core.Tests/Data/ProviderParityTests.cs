using Campaign.Common;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>Where SQLite and PostgreSQL differ by default, the app behaves as on SQLite on both.</summary>
public sealed class ProviderParityTests : DatabaseTest
{
    private StakeholderDirectory _directory = null!;

    protected override async Task SetUpAsync()
    {
        _directory = new StakeholderDirectory(Database, Database.Clock);
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Bristol Central"; s.Tags = [new Tag { Name = "Radiology" }]; });
        b.Person("Ben", "Baker", StakeholderKind.Other);
        b.Person("Cara", "Clarke", StakeholderKind.MP, s => s.Party = "Conservative");
        await b.SaveAsync();
    }

    private async Task<List<string>> Names(StakeholderListQuery query) =>
        (await _directory.ListAsync(TestActors.PublicAffairs, query)).Items.Select(i => i.DisplayName).ToList();

    [Theory]
    [InlineData("ALICE")]
    [InlineData("bristol CENTRAL")]
    [InlineData("aDaMs")]
    public async Task Searches_ignore_case(string search) =>
        Assert.Equal(["Alice Adams"], await Names(new StakeholderListQuery { Search = search }));

    [Fact]
    public async Task Tags_compare_without_case()
    {
        Assert.Equal(["Alice Adams"], await Names(new StakeholderListQuery { Tag = "radiology" }));

        // The unique index treats "RADIOLOGY" as the tag that exists.
        await using var db = Database.CreateDbContext();
        db.Tags.Add(new Tag { Name = "RADIOLOGY" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_timestamp_with_any_offset_is_stored_as_its_instant()
    {
        var at = new DateTimeOffset(2026, 6, 1, 10, 30, 0, TimeSpan.FromHours(1)); // British Summer Time
        await using (var db = Database.CreateDbContext())
        {
            var person = await db.Stakeholders.SingleAsync(s => s.FamilyName == "Baker");
            person.AnonymisedAt = at;
            await db.SaveChangesAsync();
        }

        var stored = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.FamilyName == "Baker").Select(s => s.AnonymisedAt).SingleAsync());
        Assert.Equal(at.UtcDateTime, stored!.Value.UtcDateTime);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Utc)]
    public async Task A_wall_clock_time_is_stored_as_written_whatever_its_kind(DateTimeKind kind)
    {
        var when = new DateTime(2026, 11, 20, 14, 15, 0, kind);
        int id;
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            var interaction = b.Interaction(b.Campaign("reg"), when, await db.Stakeholders.FirstAsync());
            await b.SaveAsync();
            id = interaction.Id;
        }

        var stored = await Database.WithContextAsync(db => db.Interactions.Where(i => i.Id == id).Select(i => i.OccurredAt).SingleAsync());
        Assert.Equal((2026, 11, 20, 14, 15), (stored.Year, stored.Month, stored.Day, stored.Hour, stored.Minute));
    }

    [Fact]
    public async Task Empty_values_sort_first_ascending_and_last_descending()
    {
        Assert.Equal("Ben Baker", (await Names(new StakeholderListQuery { SortBy = StakeholderSort.Party }))[0]);
        Assert.Equal("Ben Baker", (await Names(new StakeholderListQuery { SortBy = StakeholderSort.Party, Direction = SortOrder.Descending }))[^1]);
    }
}
