using Campaign.Scheduling;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Scheduling;

/// <summary>Two app instances (two holders, each with its own contexts) on one database: the database decides who runs.</summary>
public sealed class JobLeasesTests : DatabaseTest
{
    private const string Job = "test-job";
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private JobLeases _first = null!;
    private JobLeases _second = null!;

    protected override Task SetUpAsync()
    {
        _first = new JobLeases(Database, Database.Clock);
        _second = new JobLeases(Database.With(), Database.Clock);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Of_two_instances_asking_for_a_new_job_the_first_gets_it_and_the_second_is_told_it_is_held()
    {
        Assert.Equal(LeaseGrant.Granted, await _first.TryAcquireAsync(Job, "a", Duration));
        Assert.Equal(LeaseGrant.HeldElsewhere, await _second.TryAcquireAsync(Job, "b", Duration));

        var lease = await _second.FindAsync(Job);
        Assert.Equal(("a", Database.Clock.Now + Duration, (DateOnly?)null), (lease!.Holder, lease.ExpiresAt, lease.LastCompletedOn));
        // Asking again is harmless to the holder: it still has it.
        Assert.Equal(LeaseGrant.Granted, await _first.TryAcquireAsync(Job, "a", Duration));
    }

    [Fact]
    public async Task An_expired_lease_can_be_taken_by_the_other_instance()
    {
        await _first.TryAcquireAsync(Job, "a", Duration);

        Database.Clock.Now += Duration - TimeSpan.FromSeconds(1);
        Assert.Equal(LeaseGrant.HeldElsewhere, await _second.TryAcquireAsync(Job, "b", Duration));
        Database.Clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(LeaseGrant.Granted, await _second.TryAcquireAsync(Job, "b", Duration));

        Assert.Equal("b", (await _first.FindAsync(Job))!.Holder);
        // The instance that lost it can no longer renew, complete or release it.
        Assert.False(await _first.RenewAsync(Job, "a", Duration));
        Assert.False(await _first.CompleteAsync(Job, "a", Today));
        Assert.False(await _first.ReleaseAsync(Job, "a"));
        Assert.Equal(("b", (DateOnly?)null), await _first.FindAsync(Job) is { } l ? (l.Holder, l.LastCompletedOn) : default);
    }

    [Fact]
    public async Task The_holder_can_renew_and_keeps_the_other_instance_off_for_longer()
    {
        await _first.TryAcquireAsync(Job, "a", Duration);
        Database.Clock.Now += TimeSpan.FromMinutes(20);

        Assert.True(await _first.RenewAsync(Job, "a", Duration));
        Assert.False(await _second.RenewAsync(Job, "b", Duration));

        Database.Clock.Now += TimeSpan.FromMinutes(20); // 40 minutes after taking it: past the first expiry
        Assert.Equal(LeaseGrant.HeldElsewhere, await _second.TryAcquireAsync(Job, "b", Duration));
        Database.Clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(LeaseGrant.Granted, await _second.TryAcquireAsync(Job, "b", Duration));
    }

    [Fact]
    public async Task A_released_lease_can_be_taken_at_once()
    {
        await _first.TryAcquireAsync(Job, "a", Duration);

        Assert.True(await _first.ReleaseAsync(Job, "a"));

        Assert.Equal(LeaseGrant.Granted, await _second.TryAcquireAsync(Job, "b", Duration, Today));
    }

    [Fact]
    public async Task A_completed_day_blocks_a_second_run_that_day_but_not_the_next()
    {
        await _first.TryAcquireAsync(Job, "a", Duration, Today);

        Assert.True(await _first.CompleteAsync(Job, "a", Today));

        var lease = await _first.FindAsync(Job);
        Assert.Equal((null, Today), (lease!.Holder, lease.LastCompletedOn));
        Assert.Equal(LeaseGrant.AlreadyCompleted, await _second.TryAcquireAsync(Job, "b", Duration, Today));
        Assert.Equal(LeaseGrant.AlreadyCompleted, await _first.TryAcquireAsync(Job, "a", Duration, Today));
        Assert.Null((await _first.FindAsync(Job))!.Holder);
        Assert.Equal(LeaseGrant.Granted, await _second.TryAcquireAsync(Job, "b", Duration, Today.AddDays(1)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_many_instances_asking_at_once_exactly_one_gets_the_lease(bool rowExists)
    {
        // Without the row every asker also races to create it; with an expired one they race for the UPDATE alone.
        if (rowExists)
        {
            await _first.TryAcquireAsync(Job, "earlier", Duration);
            Database.Clock.Now += Duration;
        }
        var instances = Enumerable.Range(0, 12).Select(i => new JobLeases(i % 2 == 0 ? Database : Database.With(), Database.Clock)).ToList();
        using var start = new ManualResetEventSlim();

        var asks = instances.Select((leases, i) => Task.Run(async () =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return (Holder: $"instance-{i}", Grant: await leases.TryAcquireAsync(Job, $"instance-{i}", Duration, Today));
        })).ToList();
        start.Set();
        var grants = await Task.WhenAll(asks);

        var winner = Assert.Single(grants, g => g.Grant == LeaseGrant.Granted);
        Assert.All(grants.Where(g => g != winner), g => Assert.Equal(LeaseGrant.HeldElsewhere, g.Grant));
        Assert.Equal(winner.Holder, (await _first.FindAsync(Job))!.Holder);
        Assert.Equal(1, await Database.WithContextAsync(db => db.JobLeases.CountAsync()));
    }

    [Fact]
    public async Task Leases_are_not_written_to_the_audit_trail()
    {
        await _first.TryAcquireAsync(Job, "a", Duration);
        await _first.CompleteAsync(Job, "a", Today);

        Assert.Equal(0, await Database.WithContextAsync(db => db.AuditEntries.CountAsync()));
    }
}
