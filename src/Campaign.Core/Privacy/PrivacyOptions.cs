namespace Campaign.Privacy;

/// <summary>Settings under Campaign:Privacy.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Campaign:Privacy";

    /// <summary>The retention review lists people not contacted for this many months (the page can change it).</summary>
    public int RetentionMonths { get; set; } = 24;
}
