using Campaign.Documents.Rendering;

namespace Campaign.Documents;

/// <summary>Existing PDFs, as <see cref="PageDescriptor.ImportPages"/> will read them.</summary>
public static class PdfFiles
{
    /// <summary>The number of pages <paramref name="pdf"/> would import.</summary>
    /// <exception cref="DocumentLayoutException">Not a PDF that can be imported; the message names <paramref name="title"/>.</exception>
    public static int PageCount(byte[] pdf, string title)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var imported = ImportedPdf.Open(pdf, title);
        return imported.PageCount;
    }
}
