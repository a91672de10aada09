using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Rendering;

/// <summary>
/// The page loop: header and footer first, the content gets what is left, until it is all drawn. Content that does not
/// fit on a fresh page never would: that is an error, not another page.
/// </summary>
internal static class PageLayouter
{
    public static int Run(IReadOnlyList<PageSection> sections, RenderContext context, IPageCanvas canvas, int maxPages)
    {
        var pageNumber = 0;
        foreach (var section in sections)
            pageNumber = RunSection(section, context, canvas, pageNumber, maxPages);
        return pageNumber;
    }

    private static int RunSection(PageSection section, RenderContext context, IPageCanvas canvas, int pageNumber, int maxPages)
    {
        if (section.Location is not null)
            context.Locations[section.Location] = pageNumber + 1;
        if (section.Imported is not null)
            return RunImported(section, section.Imported, context, canvas, pageNumber, maxPages);

        var width = section.Size.Width - section.MarginLeft - section.MarginRight;
        var height = section.Size.Height - section.MarginTop - section.MarginBottom;
        if (width <= 0 || height <= 0)
            throw new DocumentLayoutException($"The margins leave no room on a {section.Size.Width:0.##}×{section.Size.Height:0.##} pt page", pageNumber + 1, null);

        for (var first = true; ; first = false)
        {
            context.PageNumber = pageNumber + 1;
            var header = MeasureFixed(section.Header, "header", new Size(width, height), context);
            var footer = MeasureFixed(section.Footer, "footer", new Size(width, height - header), context);
            var contentHeight = height - header - footer;
            if (contentHeight < 0)
                throw new DocumentLayoutException("The header and footer together are taller than the page", context.PageNumber, null);

            context.PageContentHeight = contentHeight;
            var content = new Size(width, contentHeight);
            var plan = section.Content.Measure(content);

            // A section always has at least one page, even when empty; otherwise stop once nothing is left.
            if (plan.IsEmpty && !first)
                return pageNumber;
            if (plan.IsWrap)
                throw LayoutError(section.Content, plan, context.PageNumber, "Content does not fit on an empty page");
            if (context.PageNumber > maxPages)
                throw new DocumentLayoutException($"The document exceeds {maxPages} pages (DocumentSettings.MaxPages)", context.PageNumber, null);

            pageNumber = context.PageNumber;
            canvas.BeginPage(section.Size, section.PageColor);
            DrawAt(canvas, section.Header, section.MarginLeft, section.MarginTop, new Size(width, header));
            DrawAt(canvas, section.Content, section.MarginLeft, section.MarginTop + header, content);
            DrawAt(canvas, section.Footer, section.MarginLeft, section.MarginTop + height - footer, new Size(width, footer));
            canvas.EndPage();

            // Header and footer start afresh on every page.
            LayoutTree.Reset(section.Header);
            LayoutTree.Reset(section.Footer);

            if (plan.Type is SpacePlanType.FullRender or SpacePlanType.Empty)
                return pageNumber;
        }
    }

    /// <summary>One page per imported page, numbered on; the header and footer are laid out inside the margins of each page's own size.</summary>
    private static int RunImported(PageSection section, ImportedPdf imported, RenderContext context, IPageCanvas canvas, int pageNumber, int maxPages)
    {
        if (section.Content.HasChild)
            throw new DocumentLayoutException($"The pages of “{imported.Title}” are imported, so their run cannot have content of its own", pageNumber + 1, null);

        for (var index = 0; index < imported.PageCount; index++)
        {
            context.PageNumber = ++pageNumber;
            if (pageNumber > maxPages)
                throw new DocumentLayoutException($"The document exceeds {maxPages} pages (DocumentSettings.MaxPages)", pageNumber, null);

            var size = imported.Size(index);
            var width = size.Width - section.MarginLeft - section.MarginRight;
            var height = size.Height - section.MarginTop - section.MarginBottom;
            if (width <= 0 || height <= 0)
                throw new DocumentLayoutException($"The margins leave no room on page {index + 1} of “{imported.Title}”", pageNumber, null);
            var header = MeasureFixed(section.Header, "header", new Size(width, height), context);
            var footer = MeasureFixed(section.Footer, "footer", new Size(width, height - header), context);

            canvas.BeginImportedPage(imported, index);
            if (index == 0)
                canvas.AddOutline(imported.Title, null, 0);
            DrawAt(canvas, section.Header, section.MarginLeft, section.MarginTop, new Size(width, header));
            DrawAt(canvas, section.Footer, section.MarginLeft, section.MarginTop + height - footer, new Size(width, footer));
            canvas.EndPage();

            LayoutTree.Reset(section.Header);
            LayoutTree.Reset(section.Footer);
        }

        return pageNumber;
    }

    private static double MeasureFixed(Element element, string name, Size available, RenderContext context)
    {
        var plan = element.Measure(available);
        return plan.Type switch
        {
            SpacePlanType.Empty => 0,
            SpacePlanType.FullRender => plan.Height,
            SpacePlanType.Wrap => throw LayoutError(element, plan, context.PageNumber, $"The page {name} does not fit on the page"),
            _ => throw new DocumentLayoutException($"The page {name} must fit on one page but needs more than {available.Height:0.##} pt", context.PageNumber, null),
        };
    }

    private static void DrawAt(IPageCanvas canvas, Element element, double x, double y, Size size)
    {
        canvas.Translate(x, y);
        element.Draw(size);
        canvas.Translate(-x, -y);
    }

    private static DocumentLayoutException LayoutError(Element root, SpacePlan plan, int pageNumber, string message)
    {
        var path = plan.WrapSource is null ? null : LayoutTree.PathTo(root, plan.WrapSource);
        return new DocumentLayoutException($"{message}: {plan.WrapReason}", pageNumber, path);
    }
}
