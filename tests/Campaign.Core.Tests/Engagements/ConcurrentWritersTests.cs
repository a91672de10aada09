using Campaign.Engagements;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Engagements;

/// <summary>Eight people logging at once against one database file: every write lands, none sees "database is locked".</summary>
public sealed class ConcurrentWritersTests : EngagementFixture
{
    [Fact]
    public async Task Eight_parallel_writers_each_logging_500_interactions_all_succeed()
    {
        const int writers = 8, each = 500;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                var model = Meeting(new DateTime(2026, 1, 1, 9, 0, 0).AddMinutes(writer * each + i), Adams, Baker);
                model.Title = $"Writer {writer} log {i}";
                var result = await Interactions.LogAsync(Staff, model);
                if (!result.Succeeded) failures.Add($"{writer}/{i}: {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
            }
        })));

        Assert.Empty(failures);
        await using var db = Database.CreateDbContext();
        Assert.Equal(writers * each, await db.Interactions.CountAsync());
        Assert.Equal(writers * each * 2, await db.InteractionAttendees.CountAsync());
        Assert.Equal(writers * each, await db.Interactions.Select(i => i.Title).Distinct().CountAsync());
    }
}
