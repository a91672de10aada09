using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>The child of a container nobody filled: takes no space but still counts as content (so borders and padding show).</summary>
internal sealed class Empty : Element
{
    public override SpacePlan Measure(Size available) => SpacePlan.FullRender(0, 0);

    public override void Draw(Size available)
    {
    }

    public override string? Describe() => null;
}
