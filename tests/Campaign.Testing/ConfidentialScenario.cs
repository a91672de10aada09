using System.Text.RegularExpressions;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

/// <summary>A word planted in one confidential or internal field: it must never reach a coalition member.</summary>
public sealed record Canary(string Word, string Field);

/// <summary>
/// The sample campaign plus confidential material of every kind (issue 15), each confidential or internal text field
/// carrying its own canary word. Everything is written through the app's services by a public-affairs user, so the
/// real write paths, triggers and search index run. Today is 26 November 2026, 10:00 UTC (the test clock).
/// The material itself is in ConfidentialScenario.Material.cs; the mutations in ConfidentialScenario.Mutations.cs.
/// </summary>
public sealed partial class ConfidentialScenario : IAsyncDisposable
{
    /// <summary>Every canary starts with this: letters and digits only, so full-text search sees one word.</summary>
    public const string CanaryPrefix = "zqcanary";

    private readonly List<Canary> _canaries = [];

    private ConfidentialScenario(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock, TestDatabase? database)
    {
        Contexts = contexts;
        Clock = clock;
        Database = database;
    }

    public IDbContextFactory<CampaignDbContext> Contexts { get; }

    public TimeProvider Clock { get; }

    /// <summary>The test database, when the scenario made its own (null when added to an app's database).</summary>
    public TestDatabase? Database { get; }

    public int CampaignId { get; private set; }
    public int RegistrationAskId { get; private set; }
    public int PgdAskId { get; private set; }

    /// <summary>The coalition member's own partner organisation: RCT, like the sample's coalition user.</summary>
    public int PartnerOrganisationId { get; private set; }

    public Actor Coalition => TestActors.Coalition(PartnerOrganisationId);

    /// <summary>The sample's public-affairs user, Hannah Mercer: writes the material and exports the packs.</summary>
    public Actor Staff { get; private set; } = null!;

    /// <summary>Every canary planted so far (mutations add more).</summary>
    public IReadOnlyList<Canary> Canaries => _canaries;

    /// <summary>
    /// Positions a coalition member must never learn of: every position recorded from a confidential interaction,
    /// remembered by id because deleting the interaction clears the link and editing it may make it open.
    /// Positions marked confidential by hand are added as they are made. Never read from the app's own flag, so the
    /// oracle does not take the app's word for what is hidden.
    /// </summary>
    public HashSet<int> HiddenPositionIds { get; } = [];

    /// <summary>The sample campaign in a new test database, plus the material.</summary>
    public static async Task<ConfidentialScenario> CreateAsync()
    {
        var database = await SampleDatabase.CreateAsync();
        var scenario = new ConfidentialScenario(database, database.Clock, database);
        await scenario.AddMaterialAsync();
        return scenario;
    }

    /// <summary>Adds the material to a database that already holds the sample campaign (e.g. the running app's).</summary>
    public static async Task<ConfidentialScenario> AddToAsync(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
    {
        var scenario = new ConfidentialScenario(contexts, clock, null);
        await scenario.AddMaterialAsync();
        return scenario;
    }

    /// <summary>People with any hidden material: confidential contact, hidden positions, internal notes or follow-ups.</summary>
    public async Task<IReadOnlyList<int>> PeopleWithHiddenMaterialAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var attendees = await db.InteractionAttendees.Where(a => a.Interaction!.IsConfidential).Select(a => a.StakeholderId).ToListAsync();
        var positions = await db.StatedPositions.Where(p => HiddenPositionIds.Contains(p.Id)).Select(p => p.StakeholderId).ToListAsync();
        var notes = await db.Stakeholders.Where(s => s.Notes != null).Select(s => s.Id).ToListAsync();
        var followUps = await db.FollowUps.Where(f => f.StakeholderId != null).Select(f => f.StakeholderId!.Value).ToListAsync();
        return attendees.Concat(positions).Concat(notes).Concat(followUps).Distinct().Order().ToList();
    }

    /// <summary>Planned (future) interactions that are not confidential: those a shareable meeting pack can be made for.</summary>
    public async Task<IReadOnlyList<int>> PlannedOpenMeetingIdsAsync()
    {
        var now = Clock.GetLocalNow().DateTime;
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Interactions.Where(i => i.OccurredAt > now && !i.IsConfidential).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
    }

    /// <summary>Remembers every position now linked to a confidential interaction (before a mutation can hide the link).</summary>
    private async Task RememberHiddenPositionsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        HiddenPositionIds.UnionWith(await db.StatedPositions.Where(p => p.Interaction != null && p.Interaction.IsConfidential).Select(p => p.Id).ToListAsync());
    }

    /// <summary>Every canary-like word in a text (any word starting with the prefix, so a cut-off canary counts too).</summary>
    public static IEnumerable<string> CanaryWordsIn(string text) => CanaryWord().Matches(text).Select(m => m.Value);

    [GeneratedRegex(CanaryPrefix + "[a-z0-9]*", RegexOptions.IgnoreCase)]
    private static partial Regex CanaryWord();

    /// <summary>A new canary for a field, e.g. "zqcanary007title": no canary is a prefix of another.</summary>
    private string Plant(string field)
    {
        var letters = new string(field.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
        var word = $"{CanaryPrefix}{_canaries.Count + 1:D3}{letters}";
        _canaries.Add(new Canary(word, field));
        return word;
    }

    private static void Ensure(Common.SaveResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"{what} was not saved: " + (result.IsConflict ? "conflict" : result.IsNotFound ? "not found"
                : string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))));
    }

    public async ValueTask DisposeAsync()
    {
        if (Database is not null) await Database.DisposeAsync();
    }
}
