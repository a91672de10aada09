using Campaign.Documents.Drawing;
using Campaign.Documents.Elements;

namespace Campaign.Documents.Rendering;

/// <summary>One Page(...) call: a run of pages sharing size, margins, header and footer.</summary>
internal sealed class PageSection
{
    public PageSize Size { get; set; } = PageSizes.A4;

    public double MarginLeft { get; set; }

    public double MarginTop { get; set; }

    public double MarginRight { get; set; }

    public double MarginBottom { get; set; }

    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;

    public Color? PageColor { get; set; }

    public Container Header { get; } = new();

    public Container Content { get; } = new();

    public Container Footer { get; } = new();
}
