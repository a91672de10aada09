using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

internal enum RowItemKind
{
    Constant,
    Relative,
    Auto,
}

internal sealed class RowItem : ContainerElement
{
    public RowItemKind Kind { get; init; }

    /// <summary>Width in points for constant items, weight for relative ones.</summary>
    public double Value { get; init; }

    /// <summary>Set once the item's content is drawn, so a row continuing on the next page does not repeat it.</summary>
    public bool IsDone { get; set; }

    /// <summary>An auto item keeps its width after it is done so the other items do not shift on later pages.</summary>
    public double? LastAutoWidth { get; set; }

    public override string? Describe() => null;
}

/// <summary>Places items side by side: constant widths first, then auto items at their measured width, then relative shares of the rest.</summary>
internal sealed class Row : Element
{
    public List<RowItem> Items { get; } = [];

    public double Spacing { get; set; }

    public override IEnumerable<Element> Children => Items;

    public override SpacePlan Measure(Size available)
    {
        var widths = Widths(available);
        if (widths is null)
            return SpacePlan.Wrap(this, $"constant and auto items need more than the {available.Width:0.##} pt width available");

        var undone = Items.Select((item, i) => (item, width: widths[i])).Where(x => !x.item.IsDone).Select(x => ((Element)x.item, x.width));
        return SideBySide.Measure(undone, available.Height, () => Math.Min(widths.Sum() + Spacing * Math.Max(0, Items.Count - 1), available.Width));
    }

    public override void Draw(Size available)
    {
        var widths = Widths(available);
        if (widths is null)
            return;

        double x = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!item.IsDone)
            {
                // Every item gets the row's full height so backgrounds and borders line up.
                var space = new Size(widths[i], available.Height);
                var plan = item.Measure(space);
                if (plan.HasContent)
                {
                    Canvas.Translate(x, 0);
                    item.Draw(space);
                    Canvas.Translate(-x, 0);
                }

                if (item.Kind == RowItemKind.Auto)
                    item.LastAutoWidth = widths[i];
                item.IsDone = plan.Type is SpacePlanType.FullRender or SpacePlanType.Empty;
            }

            x += widths[i] + Spacing;
        }
    }

    public override void ResetState()
    {
        foreach (var item in Items)
        {
            item.IsDone = false;
            item.LastAutoWidth = null;
        }
    }

    public override string Describe() => $"Row({Items.Count} items)";

    private double[]? Widths(Size available)
    {
        var widths = new double[Items.Count];
        var used = Spacing * Math.Max(0, Items.Count - 1);

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind != RowItemKind.Constant)
                continue;
            widths[i] = Items[i].Value;
            used += widths[i];
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind != RowItemKind.Auto)
                continue;
            widths[i] = Items[i].LastAutoWidth ?? AutoWidth(Items[i], new Size(Math.Max(0, available.Width - used), available.Height));
            used += widths[i];
        }

        if (used > available.Width + Size.Epsilon)
            return null;

        var weights = Items.Where(item => item.Kind == RowItemKind.Relative).Sum(item => item.Value);
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind == RowItemKind.Relative)
                widths[i] = weights > 0 ? (available.Width - used) * Items[i].Value / weights : 0;
        }

        return widths;
    }

    private static double AutoWidth(RowItem item, Size space)
    {
        var plan = item.Measure(space);
        return plan.HasContent ? plan.Width : 0;
    }
}
