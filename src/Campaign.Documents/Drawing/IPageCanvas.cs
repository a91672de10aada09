using Campaign.Documents.Rendering;

namespace Campaign.Documents.Drawing;

/// <summary>A canvas that also knows about pages; the page loop drives it, elements only see <see cref="ICanvas"/>.</summary>
internal interface IPageCanvas : ICanvas
{
    void BeginPage(PageSize size, Color? background);

    /// <summary>Starts a page that is a copy of an imported one; what is drawn next goes over its content.</summary>
    void BeginImportedPage(ImportedPdf source, int index) => BeginPage(source.Size(index), null);

    void EndPage();
}
