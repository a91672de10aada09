using Campaign.Documents.Drawing;

namespace Campaign.Documents.Infrastructure;

/// <summary>
/// A node of the layout tree: <see cref="Measure"/> says how much of the offered space it needs, changing nothing;
/// <see cref="Draw"/> paints and advances its progress, so the next page continues where this one stopped.
/// </summary>
internal abstract class Element
{
    /// <summary>Shared by every element of one document, attached when the document is built; until then a private one.</summary>
    public RenderContext Context { get; set; } = new();

    protected ICanvas Canvas => Context.Canvas;

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(Size available);

    public virtual IEnumerable<Element> Children => [];

    /// <summary>Forgets drawing progress so the element renders from its start again (repeated headers, second pass).</summary>
    public virtual void ResetState()
    {
    }

    /// <summary>How the element appears in a layout error's path; null leaves it out (plain containers).</summary>
    public virtual string? Describe() => GetType().Name;
}
