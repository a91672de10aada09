using Campaign.Documents.Elements;
using Campaign.Documents.Elements.Table;

namespace Campaign.Documents;

/// <summary>Structure: columns, rows, tables, composition helpers, page breaks, keep-together, links and bookmarks.</summary>
public static class LayoutExtensions
{
    /// <summary>Items stacked vertically; splits across pages between (or inside) items.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> handler) =>
        Describe(handler, () => new ColumnDescriptor(container.Fill(new Column())));

    /// <summary>Items side by side: constant, auto (content width) and relative (share of the rest).</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> handler) =>
        Describe(handler, () => new RowDescriptor(container.Fill(new Row())));

    public static void Table(this IContainer container, Action<TableDescriptor> handler) =>
        Describe(handler, () => new TableDescriptor(container.Fill(new Table())));

    // The handler is checked before the container is filled, so a null one leaves the container as it was.
    private static void Describe<T>(Action<T> handler, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(create());
    }

    /// <summary>Hands the container to a helper, e.g. <c>.Element(ComposeHeader)</c>.</summary>
    public static void Element(this IContainer container, Action<IContainer> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(container);
    }

    /// <summary>Applies a reusable style and continues the chain: <c>.Element(CellStyle).Text("x")</c>.</summary>
    public static IContainer Element(this IContainer container, Func<IContainer, IContainer> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return handler(container);
    }

    public static void Component(this IContainer container, IComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        component.Compose(container);
    }

    public static void Component<T>(this IContainer container)
        where T : IComponent, new() => container.Component(new T());

    /// <summary>Ends the page here; following content starts on the next page.</summary>
    public static void PageBreak(this IContainer container) => container.Fill(new PageBreak());

    /// <summary>Keeps the content together: if it does not fit in the rest of the page, it moves whole to the next one.</summary>
    public static IContainer ShowEntire(this IContainer container) => container.Fill(new ShowEntire());

    /// <summary>Adds a bookmark (PDF outline entry) pointing at the content; nested sections nest.</summary>
    public static IContainer Section(this IContainer container, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return container.Fill(new Section { Title = title });
    }

    /// <summary>Makes the content a link to an external URL.</summary>
    public static IContainer Hyperlink(this IContainer container, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return container.Fill(new Hyperlink { Url = url });
    }

    /// <summary>Text style inherited by all text inside.</summary>
    public static IContainer DefaultTextStyle(this IContainer container, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return container.Fill(new DefaultTextStyleElement { Style = style });
    }

    public static IContainer DefaultTextStyle(this IContainer container, Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return container.DefaultTextStyle(style(TextStyle.Default));
    }
}
