namespace Campaign.Documents.Infrastructure;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(double Width, double Height)
{
    /// <summary>Layout arithmetic accumulates rounding; comparisons allow this much slack so exact fits still fit.</summary>
    public const double Epsilon = 1e-3;

    public static Size Zero => new(0, 0);

    public static Size Max => new(double.PositiveInfinity, double.PositiveInfinity);

    public override string ToString() => $"{Width:0.##}×{Height:0.##}";
}
