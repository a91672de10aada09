namespace Campaign.Documents.Infrastructure;

/// <summary>
/// Measures elements placed side by side (a row's items, a table row's cells): the tallest sets the height, one that
/// cannot fit wraps them all, and one that continues on the next page makes the whole line continue.
/// </summary>
internal static class SideBySide
{
    /// <param name="items">The elements still to draw, each with the width it gets.</param>
    public static SpacePlan Measure(IEnumerable<(Element Item, double Width)> items, double height, Func<double> width)
    {
        double tallest = 0;
        var anyContent = false;
        var partial = false;
        foreach (var (item, itemWidth) in items)
        {
            var plan = item.Measure(new Size(itemWidth, height));
            if (plan.IsWrap)
                return plan;
            if (plan.IsEmpty)
                continue;

            anyContent = true;
            tallest = Math.Max(tallest, plan.Height);
            partial |= plan.Type == SpacePlanType.PartialRender;
        }

        if (!anyContent)
            return SpacePlan.Empty();
        return partial ? SpacePlan.PartialRender(width(), tallest) : SpacePlan.FullRender(width(), tallest);
    }
}
