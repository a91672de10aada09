using Campaign.Documents.Drawing;
using Campaign.Documents.Fonts;
using Campaign.Documents.Infrastructure;
using Campaign.Documents.Text;
using PdfSharp.Pdf;

namespace Campaign.Documents.Rendering;

/// <summary>
/// Composes a document and lays it out. When a TotalPages span is used, a first pass on a discarding canvas counts
/// the pages; the second pass then draws with the total known.
/// </summary>
internal static class DocumentRenderer
{
    public static byte[] GeneratePdf(IDocument document)
    {
        using var output = new MemoryStream();
        GeneratePdf(document, output);
        return output.ToArray();
    }

    /// <returns>The number of pages written.</returns>
    public static int GeneratePdf(IDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var pdf = new PdfDocument();
        int pages;
        using (var canvas = new PdfCanvas(pdf))
            pages = Render(document, canvas);
        PdfOutput.Save(pdf, document.GetMetadata(), output);
        return pages;
    }

    /// <summary>Lays the document out onto <paramref name="canvas"/> and returns the page count.</summary>
    public static int Render(IDocument document, IPageCanvas canvas)
    {
        FontSetup.EnsureConfigured();

        var container = new DocumentContainer();
        try
        {
            document.Compose(container);
            return Render(document, container, canvas);
        }
        finally
        {
            // The imported PDFs were opened for this rendering only.
            foreach (var section in container.Sections)
                section.Imported?.Dispose();
        }
    }

    private static int Render(IDocument document, DocumentContainer container, IPageCanvas canvas)
    {
        if (container.Sections.Count == 0)
            throw new InvalidOperationException("The document has no pages: call container.Page(...) at least once.");

        var context = new RenderContext();
        foreach (var section in container.Sections)
        {
            foreach (var root in Roots(section))
                LayoutTree.Prepare(root, context, section.DefaultTextStyle);
        }

        var maxPages = document.GetSettings().MaxPages;
        var roots = container.Sections.SelectMany(Roots).ToList();
        if (roots.SelectMany(LayoutTree.All).OfType<TextBlock>().Any(text => text.UsesTotalPages))
        {
            context.Canvas = NullCanvas.Instance;
            context.TotalPages = PageLayouter.Run(container.Sections, context, NullCanvas.Instance, maxPages);
            roots.ForEach(LayoutTree.Reset);
        }

        context.Canvas = canvas;
        context.CurrentOutline = null;
        return PageLayouter.Run(container.Sections, context, canvas, maxPages);
    }

    private static IEnumerable<Element> Roots(PageSection section) => [section.Header, section.Content, section.Footer];
}
