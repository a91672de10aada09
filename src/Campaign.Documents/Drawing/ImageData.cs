using System.Runtime.CompilerServices;
using PdfSharp.Drawing;

namespace Campaign.Documents.Drawing;

/// <summary>
/// Encoded image bytes plus their pixel size. PDFsharp images belong to one document, so each render creates its
/// own XImage from these bytes; only the immutable bytes are shared.
/// </summary>
internal sealed class ImageData
{
    // The same byte array used many times (a logo in every row) is decoded and embedded once.
    private static readonly ConditionalWeakTable<byte[], ImageData> Known = new();

    private ImageData(byte[] bytes, int pixelWidth, int pixelHeight)
    {
        Bytes = bytes;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    public byte[] Bytes { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>Height divided by width, which is all fitting needs.</summary>
    public double AspectRatio => (double)PixelHeight / PixelWidth;

    public static ImageData From(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Known.GetValue(bytes, Decode);
    }

    private static ImageData Decode(byte[] bytes)
    {
        try
        {
            using var image = XImage.FromStream(new MemoryStream(bytes, writable: false));
            return new ImageData(bytes, image.PixelWidth, image.PixelHeight);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ArgumentException("The image could not be read; PNG and JPEG are supported.", nameof(bytes), ex);
        }
    }

    public XImage CreateXImage() => XImage.FromStream(new MemoryStream(Bytes, writable: false));
}
