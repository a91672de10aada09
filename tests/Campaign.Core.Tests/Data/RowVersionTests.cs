using Campaign.Data;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>The concurrency token on each provider: counted by the app on SQLite, PostgreSQL's xmin on PostgreSQL.</summary>
public sealed class RowVersionTests : DatabaseTest
{
    private StakeholderService _service = null!;
    private int _id;

    protected override async Task SetUpAsync()
    {
        _service = new StakeholderService(Database, Database.Clock);
        _id = (await _service.CreateAsync(TestActors.PublicAffairs, new StakeholderEditModel
        {
            Kind = StakeholderKind.Other, GivenName = "Rowan", FamilyName = "Vale", Tags = "radiology",
        })).Id!.Value;
    }

    [Fact]
    public async Task On_PostgreSQL_the_version_is_the_rows_xmin()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "PostgreSQL only: SQLite has no xmin; its version is counted by the app.");
        var version = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!.Version;

        var xmin = await Database.WithContextAsync(db =>
            db.Database.SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM \"Stakeholders\" WHERE \"Id\" = {_id}").SingleAsync());

        Assert.Equal(xmin, version);
    }

    [Fact]
    public async Task A_save_whose_loaded_version_is_stale_is_refused_by_the_database()
    {
        // Both editors pass the service's own version check; only the UPDATE's WHERE on the version can tell them apart.
        await using var first = Database.CreateDbContext();
        await using var second = Database.CreateDbContext();
        var mine = await first.Stakeholders.SingleAsync(s => s.Id == _id);
        var theirs = await second.Stakeholders.SingleAsync(s => s.Id == _id);
        var loaded = mine.Version;

        theirs.Phone = "020 7946 0000";
        second.ExpectVersion(theirs, loaded);
        Assert.True((await second.SaveEditAsync(_id, CancellationToken.None)).Succeeded);

        mine.Phone = "0113 496 0000";
        first.ExpectVersion(mine, loaded);
        var result = await first.SaveEditAsync(_id, CancellationToken.None);

        Assert.True(result.IsConflict);
        Assert.Equal("020 7946 0000", await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == _id).Select(s => s.Phone).SingleAsync()));
    }

    [Fact]
    public async Task A_save_that_changes_only_linked_rows_still_moves_the_version()
    {
        var edit = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!;
        var stale = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!;
        edit.Tags = "radiology, oncology";

        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, _id, edit)).Succeeded);

        var after = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!.Version;
        Assert.NotEqual(stale.Version, after);
        stale.Phone = "020 7946 0001";
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, _id, stale)).IsConflict);
    }

    [Fact]
    public async Task A_bulk_update_moves_the_version()
    {
        var before = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!.Version;

        await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == _id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Notes, "bulk").BumpVersion(db)));

        var after = (await _service.GetForEditAsync(TestActors.PublicAffairs, _id))!;
        Assert.Equal("bulk", after.Notes);
        Assert.NotEqual(before, after.Version);
    }
}
