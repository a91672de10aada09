namespace Campaign.Documents;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(double Width, double Height)
{
    public PageSize Landscape() => Width >= Height ? this : new PageSize(Height, Width);

    public PageSize Portrait() => Width <= Height ? this : new PageSize(Height, Width);
}

public static class PageSizes
{
    public static PageSize A3 { get; } = new(841.89, 1190.55);

    public static PageSize A4 { get; } = new(595.28, 841.89);

    public static PageSize A5 { get; } = new(419.53, 595.28);

    public static PageSize Letter { get; } = new(612, 792);

    public static PageSize Legal { get; } = new(612, 1008);
}
