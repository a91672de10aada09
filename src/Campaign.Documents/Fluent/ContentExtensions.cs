using Campaign.Documents.Drawing;
using Campaign.Documents.Elements;
using Campaign.Documents.Text;

namespace Campaign.Documents;

/// <summary>Leaf content: text, images and rules.</summary>
public static class ContentExtensions
{
    /// <summary>Plain text in one style: <c>.Text("Total").Bold().AlignRight()</c>.</summary>
    public static TextBlockDescriptor Text(this IContainer container, string? text)
    {
        var block = container.Fill(new TextBlock());
        var span = new TextSpan { Text = text ?? "" };
        block.Spans.Add(span);
        return new TextBlockDescriptor(block, span);
    }

    /// <summary>Rich text: <c>.Text(t => { t.Span("Page "); t.CurrentPageNumber(); })</c>.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(new TextDescriptor(container.Fill(new TextBlock())));
    }

    /// <summary>A PNG or JPEG image, scaled to the available width by default.</summary>
    public static ImageDescriptor Image(this IContainer container, byte[] imageData) =>
        new(container.Fill(new Image { Data = ImageData.From(imageData) }));

    public static ImageDescriptor Image(this IContainer container, Stream imageStream)
    {
        ArgumentNullException.ThrowIfNull(imageStream);
        using var copy = new MemoryStream();
        imageStream.CopyTo(copy);
        return container.Image(copy.ToArray());
    }

    /// <summary>A horizontal rule across the full width; <paramref name="thickness"/> in points.</summary>
    public static LineDescriptor LineHorizontal(this IContainer container, double thickness = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        return new LineDescriptor(container.Fill(new Line { Thickness = thickness }));
    }

    /// <summary>A vertical rule across the full height it is given (e.g. between row items).</summary>
    public static LineDescriptor LineVertical(this IContainer container, double thickness = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        return new LineDescriptor(container.Fill(new Line { Thickness = thickness, IsVertical = true }));
    }
}

public sealed class ImageDescriptor
{
    private readonly Image image;

    internal ImageDescriptor(Image image) => this.image = image;

    /// <summary>Full available width, height from the aspect ratio (the default).</summary>
    public ImageDescriptor FitWidth() => Scale(ImageScaling.FitWidth);

    /// <summary>Full available height, width from the aspect ratio.</summary>
    public ImageDescriptor FitHeight() => Scale(ImageScaling.FitHeight);

    /// <summary>As large as fits in both directions.</summary>
    public ImageDescriptor FitArea() => Scale(ImageScaling.FitArea);

    private ImageDescriptor Scale(ImageScaling scaling)
    {
        image.Scaling = scaling;
        return this;
    }
}

public sealed class LineDescriptor
{
    private readonly Line line;

    internal LineDescriptor(Line line) => this.line = line;

    public LineDescriptor LineColor(string hex)
    {
        line.Color = Color.Parse(hex);
        return this;
    }
}
