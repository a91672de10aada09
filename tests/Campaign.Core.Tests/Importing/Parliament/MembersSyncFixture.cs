using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>An empty database, the fake Members API with the small fixtures, and the sync pointed at it.</summary>
public abstract class MembersSyncFixture : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected FakeMembersApi Api { get; private set; } = null!;

    protected MembersSyncHarness Harness { get; private set; } = null!;

    /// <summary>Current members with a usable record in <see cref="FakeMembers.Small"/>: four MPs and three peers.</summary>
    protected const int CurrentMembers = 7;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Api = await FakeMembersApi.StartAsync(FakeMembers.Small());
        Harness = new MembersSyncHarness(Database, Api.BaseUrl);
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected MembersSyncHarness HarnessWith(params (string Key, string Value)[] settings) =>
        new(Database, Api.BaseUrl, settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    /// <summary>People, import batches and audit entries: a sync that changed nothing leaves all three as they were.</summary>
    protected Task<(int People, int Batches, int Audit)> CountsAsync() => Database.WithContextAsync(async db =>
        (await db.Stakeholders.CountAsync(), await db.Set<ImportBatch>().CountAsync(), await db.AuditEntries.CountAsync()));

    protected FakeMember Member(int id) => Api.Members.Single(m => m.Id == id);
}
