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
        var scenario = await ConfidentialScenario.CreateAsync();
        await change(scenario);
        await using var run = await OracleRun.StartAsync(scenario);

        var (coalition, oracle) = await run.TranscriptsAsync();

        TranscriptAssert.None(
            ("Canaries a coalition member was given:", TranscriptAssert.CanaryLeaks(coalition, scenario.Canaries)),
            ("A coalition member's answers differ from an admin's on the stripped copy:", TranscriptAssert.Differences(oracle, coalition, test)));
    }
}
