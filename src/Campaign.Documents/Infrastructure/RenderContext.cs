using Campaign.Documents.Drawing;

namespace Campaign.Documents.Infrastructure;

/// <summary>The per-document state elements read while laying out: current page, page count and canvas.</summary>
internal sealed class RenderContext
{
    public ICanvas Canvas { get; set; } = NullCanvas.Instance;

    public int PageNumber { get; set; } = 1;

    /// <summary>Unknown during the first pass; TotalPages spans then print a placeholder of similar width.</summary>
    public int? TotalPages { get; set; }

    /// <summary>The first page of each named run, as the counting pass found them.</summary>
    public Dictionary<string, int> Locations { get; } = new(StringComparer.Ordinal);

    /// <summary>Height of a page's content area, so keep-together logic can tell what could never fit on any page.</summary>
    public double PageContentHeight { get; set; } = double.PositiveInfinity;

    /// <summary>The outline entry enclosing what is being drawn, so nested sections nest in the bookmarks.</summary>
    public object? CurrentOutline { get; set; }
}
