using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Carries a text style that every text inside inherits; applied once when the document is built.</summary>
internal sealed class DefaultTextStyleElement : ContainerElement
{
    public required TextStyle Style { get; init; }

    public override string? Describe() => null;
}
