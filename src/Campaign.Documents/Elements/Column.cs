using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Stacks items vertically; splits between items, or inside the item that straddles the page end.</summary>
internal sealed class Column : Element
{
    private int firstPending;

    public List<Element> Items { get; } = [];

    public double Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override SpacePlan Measure(Size available) => Layout(available).Plan;

    public override void Draw(Size available)
    {
        var layout = Layout(available);
        foreach (var (_, item, plan, top) in layout.Placed)
        {
            Canvas.Translate(0, top);
            item.Draw(new Size(available.Width, plan.Height));
            Canvas.Translate(0, -top);
        }

        firstPending = layout.NextPending;
    }

    public override void ResetState() => firstPending = 0;

    public override string Describe() => $"Column({Items.Count} items)";

    private ColumnLayout Layout(Size available)
    {
        var placed = new List<(int Index, Element Item, SpacePlan Plan, double Top)>();
        double bottom = 0, width = 0;
        var next = firstPending;

        for (var i = firstPending; i < Items.Count; i++)
        {
            var top = placed.Count == 0 ? 0 : bottom + Spacing;
            var plan = Items[i].Measure(new Size(available.Width, Math.Max(0, available.Height - top)));

            if (plan.IsEmpty)
            {
                next = i + 1;
                continue;
            }

            // Nothing placed yet: pass the child's wrap up so the failure names it; otherwise continue next page.
            if (plan.IsWrap || available.Height - top < -Size.Epsilon)
                return placed.Count == 0 ? new ColumnLayout(plan, placed, i) : Partial();

            placed.Add((i, Items[i], plan, top));
            bottom = top + plan.Height;
            width = Math.Max(width, plan.Width);

            if (plan.Type == SpacePlanType.PartialRender)
                return Partial();

            next = i + 1;
        }

        var full = placed.Count == 0 ? SpacePlan.Empty() : SpacePlan.FullRender(width, bottom);
        return new ColumnLayout(full, placed, next);

        ColumnLayout Partial() => new(SpacePlan.PartialRender(width, bottom), placed, next);
    }

    private sealed record ColumnLayout(SpacePlan Plan, List<(int Index, Element Item, SpacePlan Plan, double Top)> Placed, int NextPending);
}
