using Campaign.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Campaign.Letters.Docx;

/// <summary>
/// A letter body's Markdown (parsed the way every template's is, by <see cref="StatementMarkdown"/>) as Word paragraphs:
/// headings, paragraphs, bullet and numbered lists, quotes, tables, bold, italic, code and links.
/// </summary>
internal sealed class DocxMarkdown(MainDocumentPart main, NumberingDefinitionsPart numbering)
{
    public IEnumerable<OpenXmlElement> Convert(string markdown) => Blocks(StatementMarkdown.Parse(markdown), new BlockContext(null, 0, 0));

    private sealed record BlockContext(int? ListId, int Level, int QuoteDepth);

    private IEnumerable<OpenXmlElement> Blocks(ContainerBlock container, BlockContext context)
    {
        foreach (var block in container)
        {
            foreach (var element in Block(block, context)) yield return element;
        }
    }

    private IEnumerable<OpenXmlElement> Block(Block block, BlockContext context)
    {
        switch (block)
        {
            case HeadingBlock heading:
                yield return Paragraph(heading.Inline, $"Heading{Math.Clamp(heading.Level, 1, 3)}", context);
                break;
            case ParagraphBlock paragraph:
                yield return Paragraph(paragraph.Inline, null, context);
                break;
            case ListBlock list:
                var listId = DocxStyles.AddInstance(numbering, list.IsOrdered ? DocxStyles.NumberedList : DocxStyles.BulletList);
                var level = context.ListId is null ? 0 : Math.Min(context.Level + 1, DocxStyles.ListLevels - 1);
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    // The item's first paragraph carries the bullet; what follows in the item is indented under it.
                    var first = true;
                    foreach (var child in item)
                    {
                        var childContext = first && child is ParagraphBlock ? context with { ListId = listId, Level = level } : context with { ListId = child is ListBlock ? listId : null, Level = level };
                        foreach (var element in Block(child, childContext)) yield return element;
                        first = false;
                    }
                }
                break;
            case QuoteBlock quote:
                foreach (var element in Blocks(quote, context with { QuoteDepth = context.QuoteDepth + 1 })) yield return element;
                break;
            case MdTable table:
                yield return Table(table);
                break;
            case ThematicBreakBlock:
                yield return new Paragraph(new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "999999" })));
                break;
            case LeafBlock { Lines.Count: > 0 } code:
                // Indented or fenced code: kept line by line in a fixed-width font.
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    yield return new Paragraph(Properties("NoSpacing", context), new Run(new RunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" }), Text(line.ToString())));
                break;
            case ContainerBlock other:
                foreach (var element in Blocks(other, context)) yield return element;
                break;
        }
    }

    private Paragraph Paragraph(ContainerInline? inline, string? style, BlockContext context)
    {
        var paragraph = new Paragraph(Properties(style, context));
        if (inline is not null) paragraph.Append(Inlines(inline, new InlineFormat(false, false, false)));
        return paragraph;
    }

    private static ParagraphProperties Properties(string? style, BlockContext context)
    {
        var properties = new ParagraphProperties();
        if (context.ListId is { } listId)
        {
            properties.Append(new ParagraphStyleId { Val = "ListParagraph" });
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = context.Level }, new NumberingId { Val = listId }));
        }
        else if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (context.QuoteDepth > 0)
            properties.Append(new Indentation { Left = (567 * context.QuoteDepth).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    private sealed record InlineFormat(bool Bold, bool Italic, bool Code);

    private IEnumerable<OpenXmlElement> Inlines(ContainerInline container, InlineFormat style)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return Run(literal.Content.ToString(), style);
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true };
                    foreach (var element in Inlines(emphasis, inner)) yield return element;
                    break;
                case CodeInline code:
                    yield return Run(code.Content, style with { Code = true });
                    break;
                case LineBreakInline lineBreak:
                    yield return lineBreak.IsHard ? new Run(new Break()) : Run(" ", style);
                    break;
                case LinkInline link when StatementMarkdown.IsAllowedLink(link.Url):
                    yield return Hyperlink(link.Url!, Inlines(link, style));
                    break;
                case AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    yield return StatementMarkdown.IsAllowedLink(url) ? Hyperlink(url, [Run(autolink.Url, style)]) : Run(autolink.Url, style);
                    break;
                case ContainerInline other:
                    foreach (var element in Inlines(other, style)) yield return element;
                    break;
                case HtmlEntityInline entity:
                    yield return Run(entity.Transcoded.ToString(), style);
                    break;
            }
        }
    }

    private Hyperlink Hyperlink(string url, IEnumerable<OpenXmlElement> runs)
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true);
        var hyperlink = new Hyperlink { Id = relationship.Id, History = true };
        foreach (var run in runs.OfType<Run>())
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.PrependChild(new RunStyle { Val = "Hyperlink" });
            hyperlink.Append(run);
        }
        return hyperlink;
    }

    private static Run Run(string text, InlineFormat style)
    {
        var properties = new RunProperties();
        if (style.Bold) properties.Append(new Bold());
        if (style.Italic) properties.Append(new Italic());
        if (style.Code) properties.PrependChild(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" });
        return properties.HasChildren ? new Run(properties, Text(text)) : new Run(Text(text));
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private WordTable Table(MdTable table)
    {
        var word = new WordTable(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var columns = table.OfType<MdRow>().Select(r => r.Count).DefaultIfEmpty(1).Max();
        word.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));
        foreach (var row in table.OfType<MdRow>())
        {
            var wordRow = new TableRow();
            foreach (var cell in row.OfType<MdCell>())
            {
                var paragraphs = cell.OfType<ParagraphBlock>()
                    .Select(p => new Paragraph(Inlines(p.Inline!, new InlineFormat(row.IsHeader, false, false))
                        .Prepend(new ParagraphProperties(new ParagraphStyleId { Val = "NoSpacing" }))))
                    .DefaultIfEmpty(new Paragraph());
                wordRow.Append(new TableCell(paragraphs));
            }
            // Word wants every row to have as many cells as the grid has columns.
            for (var missing = row.Count; missing < columns; missing++) wordRow.Append(new TableCell(new Paragraph()));
            word.Append(wordRow);
        }
        return word;
    }
}
