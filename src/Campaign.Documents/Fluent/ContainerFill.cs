using Campaign.Documents.Infrastructure;

namespace Campaign.Documents;

internal static class ContainerFill
{
    /// <summary>Puts <paramref name="element"/> into the slot and returns it, refusing to replace existing content.</summary>
    public static T Fill<T>(this IContainer container, T element) where T : Element
    {
        var slot = container as ContainerElement
            ?? throw new ArgumentException("Only containers handed out by Campaign.Documents can be filled.", nameof(container));
        if (slot.HasChild)
            throw new InvalidOperationException("This container already has content; put several elements in a Column or Row.");

        slot.Child = element;
        return element;
    }

    /// <summary>
    /// Chained calls of the same kind extend one element, e.g. PaddingLeft(5).PaddingTop(5) or
    /// Border(1).BorderColor("#ccc"), so they are not nested needlessly.
    /// </summary>
    public static T FillOrExtend<T>(this IContainer container, Func<T> create) where T : ContainerElement =>
        container is T { HasChild: false } existing ? existing : container.Fill(create());
}
