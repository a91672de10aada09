using Campaign.Documents.Elements;

namespace Campaign.Documents.Infrastructure;

/// <summary>An element wrapping one child; the fluent API fills the child later, hence the setter.</summary>
internal abstract class ContainerElement : Element, IContainer
{
    public Element Child { get; set; } = new Empty();

    /// <summary>Lets the fluent API refuse a second child instead of silently dropping the first.</summary>
    public bool HasChild => Child is not Empty;

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available) => Child.Draw(available);
}
