using Campaign.Data;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// What to ask about, read once from the REAL database and put to both readers: every id that exists there
/// (so the oracle is asked about confidential interactions too, and must answer "none" as the coalition does).
/// </summary>
internal sealed record TranscriptInputs(
    IReadOnlyList<int> CampaignIds,
    IReadOnlyList<int> AskIds,
    IReadOnlyList<int> StakeholderIds,
    IReadOnlyList<int> InteractionIds,
    IReadOnlyList<int> OrganisationIds,
    IReadOnlyList<string> UserIds,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Canaries)
{
    /// <summary>
    /// Words searched everywhere a search box exists: names, words of the planted sentences around the canaries
    /// (so hidden text cannot give hits or counts even without its canary), and the canaries' common prefix, which
    /// matches every canary in the LIKE searches (contains) and in full-text search (prefix). Full-text search is
    /// also asked each canary on its own (<see cref="Canaries"/>).
    /// </summary>
    private static readonly string[] CommonWords =
    [
        "registration", "clinical technologists", "meeting", "call", "minister", "DHSC", "RCT", "Osei", "MacAulay", "Castellane",
        "Prydderch", "Penhaligon", "Kettleby", "Ellery", "Halliwell", "Whitlock", "peers", "briefing", "confidence", "room", "said",
        "raised", "worried", "prefers", "follow", "timetable", "discussed", ConfidentialScenario.CanaryPrefix,
    ];

    public static async Task<TranscriptInputs> ReadAsync(TestDatabase database, IEnumerable<Canary> canaries)
    {
        await using var db = database.CreateDbContext();
        return new TranscriptInputs(
            await db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(),
            await db.Asks.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(),
            await db.Stakeholders.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(),
            await db.Interactions.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(),
            await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(),
            await db.Users.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(),
            await db.Stakeholders.Where(s => s.Party != null).Select(s => s.Party!).Distinct().OrderBy(p => p).ToListAsync(),
            await db.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(),
            CommonWords,
            canaries.Select(c => c.Word).ToList());
    }
}
