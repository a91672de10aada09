using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>A container with a value for each side: padding widths, stroke thicknesses.</summary>
internal abstract class SidedElement : ContainerElement
{
    public double Left { get; set; }

    public double Top { get; set; }

    public double Right { get; set; }

    public double Bottom { get; set; }
}
