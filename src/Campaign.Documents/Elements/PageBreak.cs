using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Claims to be partly drawn, which ends the page; once drawn it is empty.</summary>
internal sealed class PageBreak : Element
{
    private bool drawn;

    public override SpacePlan Measure(Size available) => drawn ? SpacePlan.Empty() : SpacePlan.PartialRender(0, 0);

    public override void Draw(Size available) => drawn = true;

    public override void ResetState() => drawn = false;
}
