using Campaign.Letters;

namespace Campaign.Core.Tests.Letters;

public sealed class ImageSizeTests
{
    [Fact]
    public void A_PNG_s_size_is_read_from_its_header() => Assert.Equal((640, 120), ImageSize.Read(LetterSamples.Png(640, 120)));

    [Fact]
    public void A_JPEG_s_size_is_read_from_its_frame_header_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46, // APP0, skipped
            0xFF, 0xC4, 0x00, 0x03, 0x00,                   // a Huffman table: C4 is not a frame
            0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x01, 0x01, 0x11, 0x00, // progressive frame: 300 high, 600 wide
        ];
        Assert.Equal((600, 300), ImageSize.Read(jpeg));
    }

    [Fact]
    public void Anything_else_has_no_size() => Assert.Null(ImageSize.Read("GIF89a, not supported"u8));
}
