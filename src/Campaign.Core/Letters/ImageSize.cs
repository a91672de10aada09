using System.Buffers.Binary;

namespace Campaign.Letters;

/// <summary>A PNG's or JPEG's size in pixels, read from its header: enough to place it without decoding it.</summary>
public static class ImageSize
{
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> image)
    {
        // PNG: signature, then the IHDR chunk whose first two fields are width and height.
        if (image.Length >= 24 && image[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return (BinaryPrimitives.ReadInt32BigEndian(image[16..]), BinaryPrimitives.ReadInt32BigEndian(image[20..]));
        if (image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8) return Jpeg(image);
        return null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> image)
    {
        var i = 2;
        while (i + 9 < image.Length)
        {
            if (image[i] != 0xFF) return null;
            var marker = image[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(i + 2)..]);
            // Start-of-frame markers (baseline, progressive, …) carry height then width; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(image[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }
}
