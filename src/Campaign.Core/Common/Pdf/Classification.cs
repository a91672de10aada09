namespace Campaign.Common.Pdf;

/// <summary>How a document may be handled: said in a banner on its first page, in its running header and in every footer.</summary>
internal sealed record Classification(string Label, string Colour, string Handling)
{
    public static Classification Confidential(string handling) => new("CONFIDENTIAL", DocumentTheme.Alert, handling);

    public static Classification Shareable(string handling) => new("Shareable", DocumentTheme.Safe, handling);
}
