using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Campaign.Documents.Rendering;

/// <summary>
/// Saves with metadata and complete zlib streams: PDFsharp 6.2 writes Flate without the Adler-32 trailer (qpdf --check
/// reports it), so it saves uncompressed and the streams are compressed here.
/// </summary>
internal static class PdfOutput
{
    public static void Save(PdfDocument document, DocumentMetadata metadata, Stream output)
    {
        Uncompressed(document);
        using var raw = new MemoryStream();
        document.Save(raw, closeStream: false);

        raw.Position = 0;
        using var reopened = PdfReader.Open(raw, PdfDocumentOpenMode.Modify);
        foreach (var item in reopened.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: { } stream } dictionary)
                continue;

            if (IsFlate(dictionary))
            {
                // Images PDFsharp compressed itself regardless of the options: same bytes, complete wrapper.
                stream.Value = Deflate(Inflate(stream.Value));
            }
            else if (ShouldCompress(dictionary))
            {
                stream.Value = Deflate(stream.Value);
                dictionary.Elements.SetName("/Filter", "/FlateDecode");
            }
        }

        ApplyMetadata(reopened, metadata);
        Uncompressed(reopened);
        reopened.Save(output, closeStream: false);
    }

    private static void ApplyMetadata(PdfDocument document, DocumentMetadata metadata)
    {
        var info = document.Info;
        info.Title = metadata.Title ?? "";
        info.Author = metadata.Author ?? "";
        info.Subject = metadata.Subject ?? "";
        info.Keywords = metadata.Keywords ?? "";
        info.Creator = metadata.Creator ?? "";
        info.CreationDate = (metadata.CreationDate ?? DateTimeOffset.Now).LocalDateTime;
    }

    private static void Uncompressed(PdfDocument document)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
    }

    /// <summary>Skips streams that already carry a filter (e.g. JPEG images) and the XMP metadata, which readers expect in plain text.</summary>
    private static bool ShouldCompress(PdfDictionary dictionary) =>
        !dictionary.Elements.ContainsKey("/Filter") && dictionary.Elements.GetName("/Type") != "/Metadata";

    private static bool IsFlate(PdfDictionary dictionary) => dictionary.Elements.GetName("/Filter") == "/FlateDecode";

    private static byte[] Inflate(byte[] zlibData)
    {
        // Skip the two-byte zlib header and read the raw deflate data, which is what PDFsharp gets right.
        using var input = new MemoryStream(zlibData, 2, zlibData.Length - 2);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }
}
