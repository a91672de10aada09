using Campaign.Common;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>Where SQLite and PostgreSQL differ by default, the app behaves as on SQLite on both.</summary>
public sealed class ProviderParityTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StakeholderDirectory _directory = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _directory = new StakeholderDirectory(_database, _database.Clock);
        await using var db = _database.CreateDbContext();
        var b = new Builder(db);
        b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Bristol Central"; s.Tags = [new Tag { Name = "Radiology" }]; });
        b.Person("Ben", "Baker", StakeholderKind.Other);
        b.Person("Cara", "Clarke", StakeholderKind.MP, s => s.Party = "Conservative");
        await b.SaveAsync();
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

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
        await using var db = _database.CreateDbContext();
        db.Tags.Add(new Tag { Name = "RADIOLOGY" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Empty_values_sort_first_ascending_and_last_descending()
    {
        Assert.Equal("Ben Baker", (await Names(new StakeholderListQuery { SortBy = StakeholderSort.Party }))[0]);
        Assert.Equal("Ben Baker", (await Names(new StakeholderListQuery { SortBy = StakeholderSort.Party, Direction = SortOrder.Descending }))[^1]);
    }
}
