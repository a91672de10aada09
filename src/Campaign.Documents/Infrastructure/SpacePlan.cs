namespace Campaign.Documents.Infrastructure;

internal enum SpacePlanType
{
    /// <summary>Nothing left to draw (already drawn, or no content).</summary>
    Empty,

    /// <summary>Not even a part fits: the parent should move the element to the next page.</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Everything that is left fits.</summary>
    FullRender,
}

/// <summary>The answer an element gives when asked how much of the offered space it needs.</summary>
internal readonly record struct SpacePlan(SpacePlanType Type, double Width, double Height, string? WrapReason = null, Element? WrapSource = null)
{
    public static SpacePlan Empty() => new(SpacePlanType.Empty, 0, 0);

    public static SpacePlan FullRender(double width, double height) => new(SpacePlanType.FullRender, width, height);

    public static SpacePlan FullRender(Size size) => FullRender(size.Width, size.Height);

    public static SpacePlan PartialRender(double width, double height) => new(SpacePlanType.PartialRender, width, height);

    /// <summary>The reason and source travel up with the plan so a layout failure can name the element responsible.</summary>
    public static SpacePlan Wrap(Element source, string reason) => new(SpacePlanType.Wrap, 0, 0, reason, source);

    public bool IsWrap => Type == SpacePlanType.Wrap;

    public bool IsEmpty => Type == SpacePlanType.Empty;

    /// <summary>True when something gets drawn (full or partial).</summary>
    public bool HasContent => Type is SpacePlanType.FullRender or SpacePlanType.PartialRender;

    public Size Size => new(Width, Height);

    /// <summary>Same kind of plan with another size, for containers that add to their child's size.</summary>
    public SpacePlan WithSize(double width, double height) => this with { Width = width, Height = height };

    public override string ToString() => IsWrap ? $"Wrap ({WrapReason})" : $"{Type} {Width:0.##}×{Height:0.##}";
}
