using Campaign.Documents.Elements;
using Campaign.Documents.Text;

namespace Campaign.Documents.Infrastructure;

/// <summary>Whole-tree operations: attaching the render context, inheriting text styles, resetting progress, finding paths.</summary>
internal static class LayoutTree
{
    /// <summary>Gives every element the document's context and every text block its inherited style.</summary>
    public static void Prepare(Element root, RenderContext context, TextStyle inherited)
    {
        var stack = new Stack<(Element Element, TextStyle Style)>();
        stack.Push((root, inherited));
        while (stack.Count > 0)
        {
            var (element, style) = stack.Pop();
            element.Context = context;
            if (element is DefaultTextStyleElement defaults)
                style = style.Merge(defaults.Style);
            if (element is TextBlock text)
                text.InheritedStyle = style;
            foreach (var child in element.Children)
                stack.Push((child, style));
        }
    }

    public static void Reset(Element root)
    {
        foreach (var element in All(root))
            element.ResetState();
    }

    public static IEnumerable<Element> All(Element root)
    {
        var stack = new Stack<Element>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var child in element.Children)
                stack.Push(child);
        }
    }

    /// <summary>Describes the chain from <paramref name="root"/> to <paramref name="target"/>, e.g. "Column(3 items)[2] > Padding > Text(...)".</summary>
    public static string? PathTo(Element root, Element target)
    {
        var path = new List<string>();
        return Find(root, null) ? string.Join(" > ", path) : null;

        bool Find(Element element, int? index)
        {
            var description = element.Describe();
            var shown = description is not null;
            if (shown)
                path.Add(index is null ? description! : $"#{index} {description}");

            if (ReferenceEquals(element, target))
                return true;

            // Number the children of multi-child elements (1-based) so the path says which item failed;
            // a hidden wrapper hands its own number down.
            var children = element.Children.ToList();
            for (var i = 0; i < children.Count; i++)
            {
                var childIndex = children.Count > 1 ? i + 1 : shown ? null : index;
                if (Find(children[i], childIndex))
                    return true;
            }

            if (shown)
                path.RemoveAt(path.Count - 1);
            return false;
        }
    }
}
