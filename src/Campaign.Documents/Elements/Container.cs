using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>A slot handed out by descriptors (column items, page header...) for the caller to fill.</summary>
internal sealed class Container : ContainerElement
{
    public override string? Describe() => null;
}
