using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Minimum and maximum width and height; Width(x) and Height(x) set both bounds.</summary>
internal sealed class Constrained : ContainerElement
{
    public double? MinWidth { get; set; }

    public double? MaxWidth { get; set; }

    public double? MinHeight { get; set; }

    public double? MaxHeight { get; set; }

    public override SpacePlan Measure(Size available)
    {
        if (MinWidth > available.Width + Size.Epsilon)
            return SpacePlan.Wrap(this, $"needs a width of at least {MinWidth:0.##} pt but only {available.Width:0.##} pt is available");
        if (MinHeight > available.Height + Size.Epsilon)
            return SpacePlan.Wrap(this, $"needs a height of at least {MinHeight:0.##} pt but only {available.Height:0.##} pt is available");

        var inner = Inner(available);
        var plan = Child.Measure(inner);
        if (!plan.HasContent)
            return plan;

        var width = Math.Max(MinWidth ?? 0, Math.Min(plan.Width, inner.Width));
        var height = Math.Max(MinHeight ?? 0, Math.Min(plan.Height, inner.Height));
        return plan.WithSize(width, height);
    }

    public override void Draw(Size available) => Child.Draw(Inner(available));

    public override string Describe() =>
        $"Constrained(width {MinWidth?.ToString("0.##") ?? "-"}..{MaxWidth?.ToString("0.##") ?? "-"}, height {MinHeight?.ToString("0.##") ?? "-"}..{MaxHeight?.ToString("0.##") ?? "-"})";

    private Size Inner(Size available) =>
        new(Math.Min(MaxWidth ?? double.PositiveInfinity, available.Width), Math.Min(MaxHeight ?? double.PositiveInfinity, available.Height));
}
