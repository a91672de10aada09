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

    /// <summary>When set, the run's pages are this PDF's pages, with the header and footer drawn over them.</summary>
    public ImportedPdf? Imported { get; set; }

    /// <summary>A name for the run's first page, which <c>PageNumberOf</c> spans print.</summary>
    public string? Location { get; set; }

    public Container Header { get; } = new();

    public Container Content { get; } = new();

    public Container Footer { get; } = new();
}
