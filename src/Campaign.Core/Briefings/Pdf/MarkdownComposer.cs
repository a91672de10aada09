using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Templates;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace Campaign.Briefings.Pdf;

/// <summary>
/// Lays out a cleaned Markdown document (<see cref="StatementMarkdown.Parse"/>) with Campaign.Documents: headings,
/// paragraphs, bold and italic, bullet and numbered lists, pipe tables, links, block quotes, code and rules.
/// </summary>
internal static class MarkdownComposer
{
    // Short blocks travel with the heading above them, so no heading is left alone at the foot of a page.
    private const int KeepWithHeadingCharacters = 1500;

    public static void Compose(IContainer container, MarkdownDocument document) => Blocks(container, document);

    private static void Blocks(IContainer container, ContainerBlock parent, double spacing = 6)
    {
        var blocks = parent.Where(IsVisible).ToList();
        if (blocks.Count == 0) return; // an unfilled container takes no space
        container.Column(column =>
        {
            column.Spacing(spacing);
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is HeadingBlock heading && i + 1 < blocks.Count && blocks[i + 1] is not HeadingBlock
                    && Size(blocks[i + 1]) < KeepWithHeadingCharacters)
                {
                    var paragraph = blocks[++i];
                    column.Item().ShowEntire().Column(pair =>
                    {
                        pair.Spacing(spacing);
                        Block(pair.Item(), heading);
                        Block(pair.Item(), paragraph);
                    });
                    continue;
                }
                Block(column.Item(), blocks[i]);
            }
        });
    }

    private static bool IsVisible(Block block) => block is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock);

    private static void Block(IContainer container, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                container.PaddingTop(heading.Level <= 2 ? 6 : 2).Text(t => Inlines(t, heading.Inline, HeadingStyle(heading.Level)));
                break;
            case ParagraphBlock paragraph:
                container.Text(t => Inlines(t, paragraph.Inline, TextStyle.Default));
                break;
            case ListBlock list:
                List(container, list);
                break;
            case QuoteBlock quote:
                container.BorderLeft(2.5).BorderColor(DocumentTheme.Rule).PaddingLeft(10).PaddingVertical(2)
                    .DefaultTextStyle(s => s.Italic().FontColor(DocumentTheme.Muted))
                    .Element(inner => Blocks(inner, quote, 4));
                break;
            case MarkdownTable table:
                Table(container, table);
                break;
            case ThematicBreakBlock:
                container.PaddingVertical(4).LineHorizontal(0.75).LineColor(DocumentTheme.Rule);
                break;
            case CodeBlock code:
                container.Background(DocumentTheme.Panel).Padding(6).Text(string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())))
                    .FontSize(9);
                break;
            case ContainerBlock other:
                Blocks(container, other);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                container.Text(t => Inlines(t, leaf.Inline, TextStyle.Default));
                break;
            default:
                break;
        }
    }

    private static TextStyle HeadingStyle(int level) => level switch
    {
        1 => TextStyle.Default.FontSize(15).Bold().FontColor(DocumentTheme.Navy),
        2 => TextStyle.Default.FontSize(12.5).Bold().FontColor(DocumentTheme.Navy),
        3 => TextStyle.Default.FontSize(11).Bold().FontColor(DocumentTheme.Navy),
        _ => TextStyle.Default.Bold(),
    };

    private static void List(IContainer container, ListBlock list)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var depth = Depth(list);
        container.Column(column =>
        {
            column.Spacing(3);
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var marker = list.IsOrdered ? $"{number++}." : depth % 2 == 0 ? "•" : "–";
                column.Item().Row(row =>
                {
                    row.ConstantItem(list.IsOrdered ? 20 : 14).Text(marker);
                    row.RelativeItem().Element(inner => Blocks(inner, item, 3));
                });
            }
        });
    }

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock) depth++;
        }
        return depth;
    }

    private static void Table(IContainer container, MarkdownTable table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        container.Table(grid =>
        {
            grid.ColumnsDefinition(c =>
            {
                for (var i = 0; i < columns; i++) c.RelativeColumn();
            });
            var header = rows.TakeWhile(r => r.IsHeader).ToList();
            if (header.Count > 0)
            {
                grid.Header(h =>
                {
                    foreach (var row in header) Row(row, () => h.Cell(), true);
                });
            }
            foreach (var row in rows.Skip(header.Count)) Row(row, () => grid.Cell(), false);
        });

        void Row(TableRow row, Func<ITableCellContainer> next, bool isHeader)
        {
            var cells = row.OfType<TableCell>().ToList();
            for (var i = 0; i < columns; i++)
            {
                var cell = next();
                var styled = isHeader ? DocumentTheme.HeaderCell(cell) : DocumentTheme.Cell(cell);
                if (i >= cells.Count)
                {
                    styled.Text("");
                    continue;
                }
                var align = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
                var paragraph = cells[i].OfType<LeafBlock>().FirstOrDefault();
                styled.Text(t =>
                {
                    if (align == TableColumnAlign.Center) t.AlignCenter();
                    else if (align == TableColumnAlign.Right) t.AlignRight();
                    Inlines(t, paragraph?.Inline, isHeader ? TextStyle.Default.Bold() : TextStyle.Default);
                });
            }
        }
    }

    private static void Inlines(TextDescriptor text, ContainerInline? inlines, TextStyle style, string? link = null)
    {
        if (inlines is null) return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Span(text, literal.Content.ToString(), style, link);
                    break;
                case EmphasisInline emphasis:
                    Inlines(text, emphasis, emphasis.DelimiterCount >= 2 ? style.Bold() : style.Italic(), link);
                    break;
                case CodeInline code:
                    Span(text, code.Content, style.FontColor(DocumentTheme.Navy), link);
                    break;
                case LineBreakInline lineBreak:
                    Span(text, lineBreak.IsHard ? "\n" : " ", style, link);
                    break;
                case AutolinkInline autolink:
                    Span(text, autolink.Url, style, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
                    break;
                case LinkInline { IsImage: false } hyperlink:
                    // Links reaching here passed StatementMarkdown's check; the rest were unwrapped to plain text.
                    Inlines(text, hyperlink, style, hyperlink.Url);
                    break;
                case HtmlEntityInline entity:
                    Span(text, entity.Transcoded.ToString(), style, link);
                    break;
                case HtmlInline html:
                    Span(text, html.Tag, style, link);
                    break;
                case ContainerInline container:
                    Inlines(text, container, style, link);
                    break;
            }
        }
    }

    private static void Span(TextDescriptor text, string value, TextStyle style, string? link)
    {
        if (value.Length == 0) return;
        if (link is null) text.Span(value).Style(style);
        else text.Hyperlink(value, link).Style(style.FontColor(DocumentTheme.Link).Underline());
    }

    /// <summary>Roughly how much room a block needs, in characters of body text.</summary>
    private static int Size(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => inline.Descendants<LiteralInline>().Sum(l => l.Content.Length),
        LeafBlock leaf => leaf.Lines.Count * 80,
        ContainerBlock container => container.Sum(child => Size(child) + 40),
        _ => 0,
    };
}
