using Campaign.Templates;

namespace Campaign.Web.Components.Pages.Templates;

/// <summary>Who each statement is for, as people say it.</summary>
public static class AudienceLabels
{
    public static string For(Audience audience) => audience switch
    {
        Audience.MP => "MPs",
        Audience.Peer => "Peers",
        Audience.CivilServant => "Civil servants",
        Audience.HealthProfessional => "Health professionals",
        _ => "Everyone else (default)",
    };

    /// <summary>The same in the middle of a sentence: "the statement for civil servants".</summary>
    public static string Phrase(Audience audience) => audience switch
    {
        Audience.MP => "MPs",
        Audience.Default => "everyone else (the default)",
        _ => For(audience).ToLowerInvariant(),
    };
}
