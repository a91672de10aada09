using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Campaign.Documents.Rendering;

/// <summary>
/// An existing PDF whose pages a run of pages takes over, opened once for import. Each rendering builds its own, so
/// several documents may import the same bytes at once.
/// </summary>
internal sealed class ImportedPdf : IDisposable
{
    private readonly PdfDocument source;

    private ImportedPdf(PdfDocument source, string title) => (this.source, Title) = (source, title);

    /// <summary>Names the PDF in errors and in the bookmarks.</summary>
    public string Title { get; }

    public int PageCount => source.PageCount;

    public static ImportedPdf Open(byte[] pdf, string title)
    {
        try
        {
            var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            if (document.PageCount == 0)
            {
                document.Dispose();
                throw new DocumentLayoutException($"“{title}” has no pages to import.");
            }
            return new ImportedPdf(document, title);
        }
        catch (Exception e) when (e is not DocumentLayoutException)
        {
            // Encrypted, damaged or not a PDF at all: PDFsharp's own message says which.
            throw new DocumentLayoutException($"“{title}” could not be read as a PDF: {e.Message}", e);
        }
    }

    public PdfPage Page(int index) => source.Pages[index];

    /// <summary>The page's size in points, as PDFsharp will draw on it.</summary>
    public PageSize Size(int index) => new(source.Pages[index].Width.Point, source.Pages[index].Height.Point);

    public void Dispose() => source.Dispose();
}
