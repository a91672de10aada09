using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Keeps content together: if only part would fit here, the whole moves to the next page.</summary>
internal sealed class ShowEntire : ContainerElement
{
    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        return plan.Type == SpacePlanType.PartialRender
            ? SpacePlan.Wrap(this, $"content kept together (ShowEntire) needs more than the {available.Height:0.##} pt height available")
            : plan;
    }
}
