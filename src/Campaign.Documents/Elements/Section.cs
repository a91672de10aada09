using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>
/// Adds a bookmark (outline entry) where its content first appears. Sections inside it become child bookmarks,
/// also when they are drawn on a later page.
/// </summary>
internal sealed class Section : ContainerElement
{
    private object? outline;

    public required string Title { get; init; }

    public override void Draw(Size available)
    {
        outline ??= Canvas.AddOutline(Title, Context.CurrentOutline, 0);

        var enclosing = Context.CurrentOutline;
        Context.CurrentOutline = outline;
        Child.Draw(available);
        Context.CurrentOutline = enclosing;
    }

    public override void ResetState() => outline = null;

    public override string Describe() => $"Section(\"{Title}\")";
}
