using Campaign.Testing;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// The oracle after confidential interactions change: "a stated position recorded from a confidential interaction is
/// itself confidential, and stays so when the interaction is deleted or edited" (issue 15). Each test builds its own
/// scenario, changes it through the app's services, then compares the coalition view with a fresh stripped copy.
/// </summary>
public sealed class CoalitionOracleMutationTests
{
    [Fact]
    public Task After_a_confidential_interaction_is_deleted() =>
        CheckAfterAsync(s => s.DeleteConfidentialInteractionAsync(), nameof(After_a_confidential_interaction_is_deleted));

    [Fact]
    public Task After_a_confidential_interaction_is_edited() =>
        CheckAfterAsync(s => s.EditConfidentialInteractionAsync(), nameof(After_a_confidential_interaction_is_edited));

    [Fact]
    public Task After_a_confidential_interaction_is_made_open() =>
        CheckAfterAsync(s => s.MakeConfidentialInteractionOpenAsync(), nameof(After_a_confidential_interaction_is_made_open));

    private static async Task CheckAfterAsync(Func<ConfidentialScenario, Task> change, string test)
    {
        await using var run = await ChangedAsync(change);
        var scenario = run.Scenario;

        var (coalition, oracle) = await run.TranscriptsAsync();

        TranscriptAssert.None(
            ("Canaries a coalition member was given:", TranscriptAssert.CanaryLeaks(coalition, scenario.Canaries)),
            ("A coalition member's answers differ from an admin's on the stripped copy:", TranscriptAssert.Differences(oracle, coalition, test)));
    }

    /// <summary>A new scenario, changed, beside a stripped copy made after the change.</summary>
    private static async Task<OracleRun> ChangedAsync(Func<ConfidentialScenario, Task> change)
    {
        var scenario = await ConfidentialScenario.CreateAsync();
        try
        {
            await change(scenario);
            return await OracleRun.StartAsync(scenario);
        }
        catch
        {
            await scenario.DisposeAsync();
            throw;
        }
    }
}
