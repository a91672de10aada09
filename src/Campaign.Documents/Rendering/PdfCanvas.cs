using Campaign.Documents.Drawing;
using Campaign.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Campaign.Documents.Rendering;

/// <summary>Draws onto PDFsharp pages. Fonts, brushes and images are cached per document (PDFsharp objects are not shared between documents).</summary>
internal sealed class PdfCanvas(PdfDocument document) : IPageCanvas, IDisposable
{
    private readonly Dictionary<(FontFace, double), XFont> fonts = [];
    private readonly Dictionary<Color, XBrush> brushes = [];
    private readonly Dictionary<ImageData, XImage> images = [];
    private PdfPage? page;
    private XGraphics? graphics;
    private double offsetX, offsetY, pageHeight;

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginPage(PageSize size, Color? background)
    {
        page = document.AddPage();
        page.Width = XUnit.FromPoint(size.Width);
        page.Height = XUnit.FromPoint(size.Height);
        pageHeight = size.Height;
        graphics = XGraphics.FromPdfPage(page);
        (offsetX, offsetY) = (0, 0);

        if (background is { IsTransparent: false } color)
            Graphics.DrawRectangle(Brush(color), 0, 0, size.Width, size.Height);
    }

    public void BeginImportedPage(ImportedPdf source, int index)
    {
        page = document.AddPage(source.Page(index));
        pageHeight = page.Height.Point;
        // Append: the imported content stays underneath and what is drawn now (a footer) goes on top.
        graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        (offsetX, offsetY) = (0, 0);
    }

    public void EndPage()
    {
        graphics?.Dispose();
        graphics = null;
    }

    public void Translate(double dx, double dy) => (offsetX, offsetY) = (offsetX + dx, offsetY + dy);

    public void FillRectangle(double x, double y, double width, double height, Color color)
    {
        if (width > 0 && height > 0 && !color.IsTransparent)
            Graphics.DrawRectangle(Brush(color), offsetX + x, offsetY + y, width, height);
    }

    public void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline) =>
        Graphics.DrawString(text, Font(face, fontSize), Brush(color), offsetX + x, offsetY + baseline, XStringFormats.BaseLineLeft);

    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        if (!images.TryGetValue(image, out var xImage))
            images[image] = xImage = image.CreateXImage();
        Graphics.DrawImage(xImage, offsetX + x, offsetY + y, width, height);
    }

    public void AddLink(string url, double x, double y, double width, double height)
    {
        // Annotations use PDF user space: origin bottom-left, y upwards.
        var (left, top) = (offsetX + x, offsetY + y);
        var rect = new PdfRectangle(new XPoint(left, pageHeight - top - height), new XPoint(left + width, pageHeight - top));
        CurrentPage.AddWebLink(rect, url);
    }

    public object AddOutline(string title, object? parent, double y)
    {
        var siblings = parent is PdfOutline outline ? outline.Outlines : document.Outlines;
        var entry = siblings.Add(title, CurrentPage, opened: true);
        entry.PageDestinationType = PdfPageDestinationType.Xyz;
        entry.Left = 0;
        entry.Top = pageHeight - (offsetY + y);
        return entry;
    }

    public void Dispose()
    {
        EndPage();
        foreach (var image in images.Values)
            image.Dispose();
        images.Clear();
    }

    private PdfPage CurrentPage => page ?? throw new InvalidOperationException("Drawing outside a page.");

    private XFont Font(FontFace face, double size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
            fonts[(face, size)] = font = FontMetrics.CreateFont(face, size);
        return font;
    }

    private XBrush Brush(Color color)
    {
        if (!brushes.TryGetValue(color, out var brush))
            brushes[color] = brush = new XSolidBrush(XColor.FromArgb(color.A, color.R, color.G, color.B));
        return brush;
    }
}
