using Campaign.Documents;

namespace Campaign.Common.Pdf;

/// <summary>
/// What frames every page of every document: A4 with the same margins, a running header with the document's name and
/// classification, and a footer with the classification, who generated it and when, and "Page i of N".
/// </summary>
internal sealed record DocumentFrame(string RunningTitle, Classification Classification, string GeneratedBy, string GeneratedAt)
{
    /// <summary>A time from the clock's UTC now, said to be UTC.</summary>
    public static string Utc(DateTimeOffset at) => $"{Wording.DateTime(at.ToUniversalTime())} UTC";

    /// <summary>The page size, margins and body text of the frame, without its header and footer.</summary>
    public static void Setup(PageDescriptor page)
    {
        page.Size(PageSizes.A4);
        page.MarginHorizontal(50);
        page.MarginTop(40);
        page.MarginBottom(36);
        page.DefaultTextStyle(DocumentTheme.Body);
    }

    /// <summary>A run of framed pages; a cover page leaves out the running header.</summary>
    public void Pages(IDocumentContainer document, Action<IContainer> content, bool runningHeader = true) => document.Page(page =>
    {
        Setup(page);
        if (runningHeader) page.Header().Element(Header);
        page.Content().Element(content);
        page.Footer().Element(Footer);
    });

    /// <summary>
    /// The pages of an existing PDF after the document's own, each stamped with the footer so "Page i of N" runs on
    /// through them. No running header: it would print over the top of the other document's pages.
    /// </summary>
    public void ImportedPages(IDocumentContainer document, byte[] pdf, string title, string location) => document.Page(page =>
    {
        Setup(page);
        page.Location(location).ImportPages(pdf, title);
        page.Footer().Element(Footer);
    });

    /// <summary>The classification in a box, with how the document may be handled.</summary>
    public void Banner(IContainer container) => container.Border(1.5).BorderColor(Classification.Colour).Padding(10).Column(column =>
    {
        column.Spacing(3);
        column.Item().Text(Classification.Label.ToUpperInvariant()).FontSize(16).Bold().FontColor(Classification.Colour);
        column.Item().Text(Classification.Handling);
    });

    private void Header(IContainer container) => container.PaddingBottom(12).Column(column =>
    {
        column.Item().Row(row =>
        {
            row.RelativeItem().Text(RunningTitle).FontSize(DocumentTheme.SmallSize).FontColor(DocumentTheme.Muted);
            row.AutoItem().PaddingLeft(12).Text(Classification.Label.ToUpperInvariant()).FontSize(DocumentTheme.SmallSize).Bold()
                .FontColor(Classification.Colour);
        });
        column.Item().PaddingTop(3).LineHorizontal(0.5).LineColor(DocumentTheme.Rule);
    });

    private void Footer(IContainer container) => container.PaddingTop(8).Row(row =>
    {
        row.RelativeItem().Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(DocumentTheme.SmallSize).FontColor(DocumentTheme.Muted));
            t.Span(Classification.Label).Bold().FontColor(Classification.Colour);
            t.Span($" · Generated {GeneratedAt} by {GeneratedBy}");
        });
        row.AutoItem().Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(DocumentTheme.SmallSize).FontColor(DocumentTheme.Muted));
            t.Span("Page ");
            t.CurrentPageNumber();
            t.Span(" of ");
            t.TotalPages();
        });
    });
}
