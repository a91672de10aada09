using Campaign.Testing;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// One scenario, its stripped copy and the transcripts, built once for the read-only tests of a class
/// (the transcripts are what takes the time).
/// </summary>
public sealed class CoalitionOracleFixture : IAsyncLifetime
{
    internal OracleRun Run { get; private set; } = null!;

    internal Transcript Coalition { get; private set; } = null!;

    internal Transcript Oracle { get; private set; } = null!;

    internal Transcript Staff { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Run = await OracleRun.StartAsync(await ConfidentialScenario.CreateAsync());
        (Coalition, Oracle) = await Run.TranscriptsAsync();
        Staff = await Run.StaffOnRealAsync();
    }

    public async ValueTask DisposeAsync() => await Run.DisposeAsync();
}
