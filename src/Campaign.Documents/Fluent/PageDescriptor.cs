using Campaign.Documents.Drawing;
using Campaign.Documents.Rendering;

namespace Campaign.Documents;

/// <summary>Configures a run of pages: size, margins, default text style, and the header, content and footer slots.</summary>
public sealed class PageDescriptor
{
    internal PageSection Section { get; } = new();

    public PageDescriptor Size(PageSize size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size.Height);
        Section.Size = size;
        return this;
    }

    public PageDescriptor Size(double width, double height) => Size(new PageSize(width, height));

    public PageDescriptor Margin(double all) => MarginHorizontal(all).MarginVertical(all);

    public PageDescriptor MarginHorizontal(double value) => MarginLeft(value).MarginRight(value);

    public PageDescriptor MarginVertical(double value) => MarginTop(value).MarginBottom(value);

    public PageDescriptor MarginLeft(double value) => Set(() => Section.MarginLeft = value, value);

    public PageDescriptor MarginTop(double value) => Set(() => Section.MarginTop = value, value);

    public PageDescriptor MarginRight(double value) => Set(() => Section.MarginRight = value, value);

    public PageDescriptor MarginBottom(double value) => Set(() => Section.MarginBottom = value, value);

    public PageDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Section.DefaultTextStyle = Section.DefaultTextStyle.Merge(style);
        return this;
    }

    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style) => DefaultTextStyle(style(TextStyle.Default));

    /// <summary>Background colour of the whole page (hex).</summary>
    public PageDescriptor PageColor(string hex)
    {
        Section.PageColor = Color.Parse(hex);
        return this;
    }

    /// <summary>
    /// Makes this run the pages of an existing PDF, each keeping its own size and content, with this run's header and
    /// footer drawn over it (inside the margins) and page numbers counting on. <paramref name="title"/> names the PDF
    /// in errors and becomes the bookmark of its first page. The content slot must stay empty.
    /// </summary>
    /// <exception cref="DocumentLayoutException">The bytes are not a PDF that can be imported (damaged, encrypted, no pages).</exception>
    public PageDescriptor ImportPages(byte[] pdf, string title)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Section.Imported?.Dispose();
        Section.Imported = ImportedPdf.Open(pdf, title);
        return this;
    }

    /// <summary>Names the first page of this run, so that text elsewhere can print its number with <c>PageNumberOf(name)</c>.</summary>
    public PageDescriptor Location(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Section.Location = name;
        return this;
    }

    /// <summary>Drawn at the top of every page; must fit on one page.</summary>
    public IContainer Header() => Section.Header;

    /// <summary>Flows over as many pages as it needs.</summary>
    public IContainer Content() => Section.Content;

    /// <summary>Drawn at the bottom of every page; must fit on one page.</summary>
    public IContainer Footer() => Section.Footer;

    private PageDescriptor Set(Action apply, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        apply();
        return this;
    }
}
