using Campaign.Documents;

namespace Campaign.Common.Pdf;

/// <summary>The one look of every PDF the campaign prints: colours, type sizes, titles, headings and tables.</summary>
internal static class DocumentTheme
{
    // Text: body ink, the navy of titles and headings, and grey for what is secondary.
    public const string Ink = "#1F2933";
    public const string Navy = "#1E3A5F";
    public const string Muted = "#5B6675";
    public const double BodySize = 10;

    public static TextStyle Body { get; } = TextStyle.Default.FontSize(BodySize).FontColor(Ink).LineHeight(1.1);

    // Tables: a size below the body's, so that rows of figures stay on one line; hairline borders, a tinted header.
    public const double TableSize = 9;
    public const string Rule = "#C5CED8";
    public const string HeaderFill = "#E6ECF3";

    public static IContainer HeaderCell(IContainer cell) => Cell(cell.Background(HeaderFill));

    public static IContainer Cell(IContainer cell) =>
        cell.Border(0.5).BorderColor(Rule).PaddingHorizontal(5).PaddingVertical(3).DefaultTextStyle(s => s.FontSize(TableSize));

    // The rest: page furniture (running header and footer), the panel behind code, links, and the colours of meaning:
    // red for what must not leave the team or is late, green for what may be shared.
    public const double SmallSize = 8;
    public const string Panel = "#F4F6F9";
    public const string Link = "#1A56A6";
    public const string Alert = "#B3261E";
    public const string Safe = "#1B6E36";

    /// <summary>A document's first lines: what it belongs to (the campaign, say), its name, and a line about this copy.</summary>
    public static void Title(IContainer container, string? context, string title, string? subtitle = null) => container.Column(column =>
    {
        column.Spacing(6);
        if (context is not null) column.Item().Text(context).FontSize(13).FontColor(Navy);
        column.Item().Text(title).FontSize(26).Bold().FontColor(Navy);
        if (subtitle is not null) column.Item().Text(subtitle).FontColor(Muted);
    });

    /// <summary>A heading and what follows it, bookmarked in the PDF's outline (by the heading unless told otherwise).</summary>
    public static void Section(ColumnDescriptor column, string title, Action<IContainer> content, string? bookmark = null) =>
        column.Item().Section(bookmark ?? title).Column(section =>
        {
            section.Spacing(6);
            section.Item().Element(c => SectionHeading(c, title));
            section.Item().Element(content);
        });

    public static void SectionHeading(IContainer container, string title) => container.PaddingTop(4).Column(column =>
    {
        column.Item().Text(title).FontSize(14).Bold().FontColor(Navy);
        column.Item().PaddingTop(2).LineHorizontal(0.75).LineColor(Rule);
    });

    public static void SubHeading(IContainer container, string title) =>
        container.PaddingTop(4).Text(title).FontSize(11).Bold().FontColor(Navy);

    /// <summary>A bordered table whose header row (repeated on every page) holds <paramref name="headers"/>; <paramref name="body"/> adds the cells.</summary>
    public static void Table(IContainer container, Action<TableColumnsDefinitionDescriptor> columns, IEnumerable<string> headers, Action<TableDescriptor> body) =>
        container.Table(table =>
        {
            table.ColumnsDefinition(columns);
            table.Header(h =>
            {
                foreach (var title in headers) h.Cell().Element(HeaderCell).Text(title).Bold();
            });
            body(table);
        });

    /// <summary>A table of plain text with relative column widths.</summary>
    public static void Table(IContainer container, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows) =>
        Table(container, c =>
        {
            foreach (var width in widths) c.RelativeColumn(width);
        }, headers, table =>
        {
            foreach (var field in rows.SelectMany(row => row)) table.Cell().Element(Cell).Text(field);
        });

    /// <summary>Label and value pairs as a borderless two-column table; pairs without a value are left out.</summary>
    public static void Facts(IContainer container, IEnumerable<(string Label, string? Value)> facts) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(130);
            c.RelativeColumn();
        });
        foreach (var (label, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            table.Cell().PaddingVertical(2).Text(label).Bold().FontColor(Muted);
            table.Cell().PaddingVertical(2).Text(value);
        }
    });

    public static void Bullet(IContainer container, Action<TextDescriptor> text) => container.Row(row =>
    {
        row.ConstantItem(14).Text("•");
        row.RelativeItem().Text(text);
    });

    public static void Note(IContainer container, string text) => container.Text(text).Italic().FontColor(Muted);

    /// <summary>The parts that have a value, joined the one way documents join them.</summary>
    public static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
