namespace Campaign.Documents.Drawing;

/// <summary>A canvas that also knows about pages; the page loop drives it, elements only see <see cref="ICanvas"/>.</summary>
internal interface IPageCanvas : ICanvas
{
    void BeginPage(PageSize size, Color? background);

    void EndPage();
}
