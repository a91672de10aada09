using Campaign.Testing;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// Issue 15's rule, checked against its definition: what a coalition member gets from the real database is exactly
/// what an admin gets from a copy with the hidden material deleted (<see cref="OracleCopy"/>), and no canary planted
/// in hidden material ever reaches them. See <see cref="ConfidentialScenario"/> for the material.
/// </summary>
public sealed class CoalitionOracleTests(CoalitionOracleFixture fixture) : IClassFixture<CoalitionOracleFixture>
{
    [Fact]
    public void Staff_see_every_canary_and_the_stripped_copy_holds_none()
    {
        var seen = TranscriptAssert.CanaryLeaks(fixture.Staff, fixture.Run.Scenario.Canaries);
        var missing = fixture.Run.Scenario.Canaries.Where(c => !seen.Any(line => line.StartsWith("  " + c.Word + " ", StringComparison.Ordinal)))
            .Select(c => $"  {c.Word} ({c.Field})").ToList();

        TranscriptAssert.Empty(missing, "Canaries an admin cannot reach on the real database (the canary check would prove nothing):");
        TranscriptAssert.Empty(TranscriptAssert.CanaryLeaks(fixture.Oracle, fixture.Run.Scenario.Canaries), "Canaries left in the stripped copy:");
    }

    [Fact]
    public void A_coalition_member_is_given_no_canary() =>
        TranscriptAssert.Empty(TranscriptAssert.CanaryLeaks(fixture.Coalition, fixture.Run.Scenario.Canaries),
            "Canaries a coalition member was given:");

    [Fact]
    public void A_coalition_member_gets_what_an_admin_gets_from_the_stripped_copy() =>
        TranscriptAssert.Empty(TranscriptAssert.Differences(fixture.Oracle, fixture.Coalition, nameof(CoalitionOracleTests)),
            "A coalition member's answers differ from an admin's on the stripped copy:");

    [Fact]
    public async Task Shareable_packs_hold_no_canary_and_equal_those_made_from_the_stripped_copy()
    {
        var scenario = fixture.Run.Scenario;
        var people = await scenario.PeopleWithHiddenMaterialAsync();
        var meetings = await scenario.PlannedOpenMeetingIdsAsync();

        // Two databases: made side by side (rendering is most of this test's time).
        var making = OracleRun.ShareablePacksAsync(fixture.Run.Real, scenario, "packs-on-real", people, meetings);
        var oracle = await OracleRun.ShareablePacksAsync(fixture.Run.Oracle, scenario, "packs-on-stripped-copy", people, meetings);
        var real = await making;

        TranscriptAssert.None(
            ("Canaries in shareable packs:", TranscriptAssert.CanaryLeaks(real, scenario.Canaries)),
            ($"Shareable packs ({people.Count} people with hidden material, {meetings.Count} planned open meetings) differ from the stripped copy's:",
                TranscriptAssert.Differences(oracle, real, "ShareablePacks")));
    }
}
