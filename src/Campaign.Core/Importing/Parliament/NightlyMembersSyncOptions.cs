namespace Campaign.Importing.Parliament;

/// <summary>When the directory refreshes itself from Parliament ("Parliament:MembersSync").</summary>
public sealed class NightlyMembersSyncOptions
{
    public const string Section = "Parliament:MembersSync";

    /// <summary>Refresh every night; appsettings.Development.json and the test hosts turn it off.</summary>
    public bool Nightly { get; set; } = true;

    /// <summary>The time of day in UK time (Europe/London), when Parliament's API and the app are quiet.</summary>
    public TimeOnly At { get; set; } = new(2, 30);

    /// <summary>
    /// How long the instance that starts the refresh keeps the others off it. Longer than a refresh can take (every page
    /// has its own timeout, so minutes at worst); if an instance dies mid-refresh, another may take over after this.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);
}
