using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Campaign.Letters.Docx;

/// <summary>An image placed inline, scaled to fit a letterhead's box without changing its proportions.</summary>
internal static class DocxImage
{
    private const long EmuPerCentimetre = 360_000;
    private const long MaxWidth = 6 * EmuPerCentimetre;
    private const long MaxHeight = (long)(2.5 * EmuPerCentimetre);

    public static DocumentFormat.OpenXml.Wordprocessing.Drawing? Inline(MainDocumentPart main, byte[] image, string? contentType, string name)
    {
        if (ImageSize.Read(image) is not { Width: > 0, Height: > 0 } size) return null;
        var part = main.AddImagePart(contentType == "image/jpeg" || image[0] == 0xFF ? ImagePartType.Jpeg : ImagePartType.Png);
        using (var stream = new MemoryStream(image)) part.FeedData(stream);
        var scale = Math.Min((double)MaxWidth / size.Width, (double)MaxHeight / size.Height);
        var (cx, cy) = ((long)(size.Width * scale), (long)(size.Height * scale));
        var id = main.GetIdOfPart(part);

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        return new DocumentFormat.OpenXml.Wordprocessing.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = 1U, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
