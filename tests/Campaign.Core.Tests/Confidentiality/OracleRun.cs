using Campaign.Briefings;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// The scenario's real database beside its stripped copy (the oracle), and what each reader gets from them.
/// </summary>
internal sealed class OracleRun(ConfidentialScenario scenario, TestDatabase oracle, TranscriptInputs inputs) : IAsyncDisposable
{
    public ConfidentialScenario Scenario { get; } = scenario;

    public TestDatabase Real => Scenario.Database!;

    public TestDatabase Oracle { get; } = oracle;

    /// <summary>Strips a copy of the scenario's database as it is now, and reads what to ask about from the real one.</summary>
    public static async Task<OracleRun> StartAsync(ConfidentialScenario scenario)
    {
        var oracle = await OracleCopy.CreateAsync(scenario.Database!, scenario.HiddenPositionIds);
        return new OracleRun(scenario, oracle, await TranscriptInputs.ReadAsync(scenario.Database!, scenario.Canaries));
    }

    /// <summary>
    /// What a coalition member of the scenario's partner gets from the real database, and what an admin gets from the
    /// stripped copy (what the coalition member must get); two databases, so asked side by side.
    /// </summary>
    public async Task<(Transcript Coalition, Transcript Oracle)> TranscriptsAsync()
    {
        var coalition = new TranscriptCollector(Real, Real.Clock, Scenario.Coalition, inputs).CollectAsync("coalition-on-real");
        var oracle = new TranscriptCollector(Oracle, Oracle.Clock, TestActors.Admin, inputs).CollectAsync("admin-on-stripped-copy");
        return (await coalition, await oracle);
    }

    /// <summary>
    /// What an admin gets from profiles and contacts on the real database: every canary, or the canary check would
    /// prove nothing.
    /// </summary>
    public Task<Transcript> StaffOnRealAsync() =>
        new TranscriptCollector(Real, Real.Clock, TestActors.Admin, inputs).CollectAsync("admin-on-real", "profile", "interaction");

    /// <summary>
    /// The text of the shareable packs a staff member makes from <paramref name="database"/>: one per person with hidden
    /// material and one per planned open meeting (the ids come from the real database, so both sides make the same packs).
    /// </summary>
    public static async Task<Transcript> ShareablePacksAsync(TestDatabase database, ConfidentialScenario scenario, string name,
        IReadOnlyList<int> people, IReadOnlyList<int> meetings)
    {
        var briefings = new BriefingService(database, new StatementEngine(), new StakeholderDirectory(database, database.Clock), database.Clock);
        var transcript = new Transcript(name);
        foreach (var id in people)
        {
            var pack = await briefings.ExportStakeholderPackAsync(scenario.Staff, id, BriefingEdition.Shareable);
            transcript.AddText($"stakeholder pack: {id}", pack is null ? "(none)" : Text(pack.Content));
        }
        foreach (var id in meetings)
        {
            var pack = await briefings.ExportMeetingPackAsync(scenario.Staff, id, BriefingEdition.Shareable);
            transcript.AddText($"meeting pack: {id}", pack is null ? "(none)" : Text(pack.Content));
        }
        return transcript;
    }

    /// <summary>A PDF's text page by page, line by line, as PdfPig reads it in content order.</summary>
    private static string Text(byte[] pdf) => string.Join("\n--- page ---\n", PdfText.PageTexts(pdf));

    public async ValueTask DisposeAsync()
    {
        await Oracle.DisposeAsync();
        await Scenario.DisposeAsync();
    }
}
