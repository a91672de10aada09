using System.IO.Compression;
using System.Text;
using Campaign.Letters;

namespace Campaign.Core.Tests.Letters;

/// <summary>Letters and images for the letter writers' tests.</summary>
internal static class LetterSamples
{
    public const string Body = """
        I am writing on behalf of IPEM and its partners about the **statutory registration** of clinical technologists.

        ## What we ask

        1. Table a written question to the *Department of Health and Social Care*.
        2. Attend our drop-in on 20 January:
           - Portcullis House, Room Q
           - 12:00 to 14:00

        More is on [the IPEM website](https://www.ipem.ac.uk/) and at <https://example.org/briefing>.

        | Profession | Registered |
        |---|---|
        | Clinical scientists | Yes |
        | Clinical technologists | No |
        """;

    public static LetterContent Letter(string salutation = "Dear Ms MacAulay", byte[]? image = null) => new(
        new Letterhead(["Institute of Physics and Engineering in Medicine", "Fairmount House, 230 Tadcaster Road, York YO24 1ES"], image, image is null ? null : "image/png"),
        new DateOnly(2026, 12, 7),
        ["Fiona MacAulay MP", "House of Commons", "London SW1A 0AA"],
        salutation,
        Body,
        "Yours sincerely,",
        "Hannah Mercer",
        "Public affairs adviser, on behalf of IPEM",
        "CT/2026/014");

    /// <summary>A real, decodable PNG of the given size (one grey pixel row repeated), written by hand: no imaging library needed.</summary>
    public static byte[] Png(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (greyscale), default compression, filter and interlace
        Chunk(output, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, (byte)0x80, 1, width);
            for (var y = 0; y < height; y++) zlib.Write(row);
        }
        Chunk(output, "IDAT", pixels.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
