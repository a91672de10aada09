using Campaign.Confidentiality;
using Campaign.Positions;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Data;

/// <summary>
/// The trigger-kept values read back as text, and the check that each equals a recount from the history: current
/// stances and tallies in both views, confidentiality of positions, latest contacts and monthly counts.
/// </summary>
internal static class DerivedDataRecount
{
    public static async Task<List<string>> TalliesAsync(TestDatabase database, Clearance clearance = Clearance.Staff)
    {
        await using var db = database.CreateDbContext();
        return (await db.StanceTallies.For(clearance).Where(t => t.Count != 0).ToListAsync())
            .OrderBy(t => t.AskId).ThenBy(t => t.Status).ThenBy(t => t.Kind).ThenBy(t => t.Party, StringComparer.Ordinal).ThenBy(t => t.Stance)
            .Select(t => $"{t.AskId} {t.Status} {t.Kind} {t.Party} {t.Stance} {t.Count}").ToList();
    }

    public static async Task<List<string>> MonthCountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return (await db.InteractionMonthCounts.Where(c => c.Count != 0).ToListAsync())
            .Select(c => $"{c.Month} {c.Kind}{Secret(c.IsConfidential)} {c.Count}").Order(StringComparer.Ordinal).ToList();
    }

    public static async Task<List<string>> PartnerCountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var names = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name);
        return (await db.PartnerMonthCounts.Where(c => c.Count != 0).ToListAsync())
            .Select(c => $"{c.Month} {names[c.OrganisationId]}{Secret(c.IsConfidential)} {c.Count}").Order(StringComparer.Ordinal).ToList();
    }

    private static string Secret(bool confidential) => confidential ? " (confidential)" : "";

    /// <summary>Every derived value equals what a recount from the history gives.</summary>
    public static async Task AssertMatchesAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var positions = await db.StatedPositions.AsNoTracking().ToListAsync();
        var confidentialInteractions = (await db.Interactions.Where(i => i.IsConfidential).Select(i => i.Id).ToListAsync()).ToHashSet();
        Assert.All(positions.Where(p => p.InteractionId is { } i && confidentialInteractions.Contains(i)), p => Assert.True(p.IsConfidential));
        var people = await db.Stakeholders.AsNoTracking().ToDictionaryAsync(s => s.Id);
        foreach (var (clearance, visible, flag) in new (Clearance, Func<StatedPosition, bool>, Func<StatedPosition, bool>)[]
                 {
                     (Clearance.Staff, _ => true, p => p.IsCurrent),
                     (Clearance.Coalition, p => !p.IsConfidential, p => p.IsCoalitionCurrent),
                 })
        {
            var expectedCurrent = positions.Where(visible).GroupBy(p => (p.StakeholderId, p.AskId))
                .Select(g => g.OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.Id).First().Id).Order().ToList();
            Assert.Equal(expectedCurrent, positions.Where(flag).Select(p => p.Id).Order().ToList());
            var current = expectedCurrent.ToHashSet();
            var expectedTallies = positions.Where(p => current.Contains(p.Id))
                .GroupBy(p => (p.AskId, people[p.StakeholderId].Status, people[p.StakeholderId].Kind, Party: people[p.StakeholderId].Party ?? "", p.Stance))
                .OrderBy(g => g.Key.AskId).ThenBy(g => g.Key.Status).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Party, StringComparer.Ordinal).ThenBy(g => g.Key.Stance)
                .Select(g => $"{g.Key.AskId} {g.Key.Status} {g.Key.Kind} {g.Key.Party} {g.Key.Stance} {g.Count()}").ToList();
            Assert.Equal(expectedTallies, await TalliesAsync(database, clearance));
        }

        var attendances = (await db.InteractionAttendees.Select(a => new { a.StakeholderId, a.Interaction!.OccurredAt, a.Interaction.IsConfidential }).ToListAsync())
            .ToLookup(a => a.StakeholderId);
        foreach (var person in people.Values)
        {
            var mine = attendances[person.Id].ToList();
            Assert.Equal(mine.Max(a => (DateTime?)a.OccurredAt), person.LatestContactAt);
            Assert.Equal(mine.Where(a => !a.IsConfidential).Max(a => (DateTime?)a.OccurredAt), person.LatestOpenContactAt);
        }

        var interactions = await db.Interactions.AsNoTracking().Select(i => new { i.CampaignId, i.OccurredAt, i.Kind, i.IsConfidential }).ToListAsync();
        var expectedMonths = interactions.GroupBy(i => $"{i.OccurredAt:yyyy-MM} {i.Kind}{Secret(i.IsConfidential)}").Select(g => $"{g.Key} {g.Count()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedMonths, await MonthCountsAsync(database));
        var names = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name);
        var partners = await db.InteractionPartners.Select(p => new { p.OrganisationId, p.Interaction!.OccurredAt, p.Interaction.IsConfidential }).ToListAsync();
        var expectedPartners = partners.GroupBy(p => $"{p.OccurredAt:yyyy-MM} {names[p.OrganisationId]}{Secret(p.IsConfidential)}").Select(g => $"{g.Key} {g.Count()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedPartners, await PartnerCountsAsync(database));
    }
}
