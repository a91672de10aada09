using Campaign.Documents.Elements;

namespace Campaign.Documents.Infrastructure;

/// <summary>An element wrapping one child; the fluent API fills the child later, hence the setter.</summary>
internal abstract class ContainerElement : Element, IContainer
{
    private Element child = new Empty();

    public Element Child
    {
        get => child;
        set => child = value;
    }

    /// <summary>Lets the fluent API refuse a second child instead of silently dropping the first.</summary>
    public bool HasChild => child is not Empty;

    public override IEnumerable<Element> Children => [child];

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available) => Child.Draw(available);
}
