using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;

namespace Campaign.Core.Tests.Data;

/// <summary>
/// Positions recorded at the same moment for the same people and asks. On PostgreSQL the triggers of two transactions
/// run side by side (SQLite writes one at a time): each must see the other's record before working out which is current
/// and moving the tallies, or both end up current and counted.
/// </summary>
public sealed class ConcurrentPositionTests : DatabaseTest
{
    [Fact]
    public async Task Eight_writers_recording_positions_for_the_same_people_and_asks_leave_tallies_equal_to_a_recount()
    {
        List<int> people, asks;
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            var campaign = b.Campaign("registration", "pgd");
            var stakeholders = new[]
            {
                b.Person("Alice", "Adams", StakeholderKind.MP, s => s.Party = "Labour"),
                b.Person("Ben", "Baker", StakeholderKind.MP, s => s.Party = "Conservative"),
            };
            b.TestActorUsers();
            await b.SaveAsync();
            (people, asks) = (stakeholders.Select(s => s.Id).ToList(), campaign.Asks.Select(a => a.Id).ToList());
        }
        var positions = new PositionService(Database, Database.Clock);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        const int writers = 8, each = 25;
        using var start = new Barrier(writers);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            start.SignalAndWait();
            for (var i = 0; i < each; i++)
            {
                var result = await positions.RecordAsync(TestActors.PublicAffairs, new PositionRecordModel
                {
                    StakeholderId = people[i % people.Count], AskId = asks[(i / people.Count) % asks.Count],
                    Stance = (Stance)random.Next(0, 6), StatedOn = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 300)),
                    EvidenceKind = EvidenceKind.Letter, IsConfidential = random.Next(4) == 0,
                });
                if (!result.Succeeded) failures.Add($"{writer}/{i}: {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
            }
        })));

        Assert.Empty(failures);
        await DerivedDataRecount.AssertMatchesAsync(Database);
    }
}
