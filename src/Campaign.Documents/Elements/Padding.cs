using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

internal sealed class Padding : SidedElement
{
    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Width < -Size.Epsilon || inner.Height < -Size.Epsilon)
            return SpacePlan.Wrap(this, $"padding needs {Left + Right:0.##}×{Top + Bottom:0.##} pt but only {available} is available");

        var plan = Child.Measure(new Size(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
        if (!plan.HasContent)
            return plan;

        return plan.WithSize(plan.Width + Left + Right, plan.Height + Top + Bottom);
    }

    public override void Draw(Size available)
    {
        var inner = Inner(available);
        Canvas.Translate(Left, Top);
        Child.Draw(new Size(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
        Canvas.Translate(-Left, -Top);
    }

    public override string Describe() => $"Padding({Left:0.##}, {Top:0.##}, {Right:0.##}, {Bottom:0.##})";

    private Size Inner(Size available) => new(available.Width - Left - Right, available.Height - Top - Bottom);
}
