using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

internal enum ImageScaling
{
    FitWidth,
    FitHeight,
    FitArea,
}

/// <summary>Scales the image, keeping its aspect ratio, to the width (default), the height or the whole area given.</summary>
internal sealed class Image : Element
{
    public required ImageData Data { get; init; }

    public ImageScaling Scaling { get; set; } = ImageScaling.FitWidth;

    public override SpacePlan Measure(Size available)
    {
        var size = Target(available);
        if (size.Width > available.Width + Size.Epsilon || size.Height > available.Height + Size.Epsilon)
            return SpacePlan.Wrap(this, $"the image needs {size} pt but only {available} is available");
        if (size.Width <= 0 || size.Height <= 0)
            return SpacePlan.Wrap(this, $"no room to draw the image in {available}");

        return SpacePlan.FullRender(size);
    }

    public override void Draw(Size available)
    {
        var size = Target(available);
        Canvas.DrawImage(Data, 0, 0, size.Width, size.Height);
    }

    public override string Describe() => $"Image({Data.PixelWidth}×{Data.PixelHeight} px, {Scaling})";

    private Size Target(Size available)
    {
        var ratio = Data.AspectRatio;
        // Unbounded space (e.g. an auto row item) falls back to the image's natural size at 72 dpi.
        var width = double.IsPositiveInfinity(available.Width) ? Data.PixelWidth : available.Width;
        var height = double.IsPositiveInfinity(available.Height) ? width * ratio : available.Height;

        return Scaling switch
        {
            ImageScaling.FitHeight => new Size(height / ratio, height),
            ImageScaling.FitArea => width * ratio <= height ? new Size(width, width * ratio) : new Size(height / ratio, height),
            _ => new Size(width, width * ratio),
        };
    }
}
