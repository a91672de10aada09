namespace Campaign.Briefings;

/// <summary>
/// Internal packs carry everything the exporter may see; shareable packs only what every coalition member may see:
/// no confidential meetings (nor quotes from them), internal notes, structured meeting notes, follow-ups or targeting.
/// </summary>
public enum BriefingEdition
{
    Internal,
    Shareable,
}
