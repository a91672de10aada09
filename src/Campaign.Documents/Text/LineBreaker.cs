using System.Globalization;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Text;

/// <summary>
/// Greedy line breaking: words move to the next line when they do not fit; a word wider than a whole line is
/// broken between characters. Spaces at a wrap are dropped; spaces starting a paragraph are kept.
/// </summary>
internal static class LineBreaker
{
    /// <returns>The lines, or null when not even one character fits in <paramref name="maxWidth"/>.</returns>
    public static List<TextLine>? Break(IReadOnlyList<TextItem> source, double maxWidth, ResolvedTextStyle blockStyle)
    {
        var items = source.ToList();
        var lines = new List<TextLine>();
        var line = new List<TextItem>();
        var pending = new List<TextItem>();
        double lineWidth = 0, pendingWidth = 0;
        var lineHasWord = false;
        var atParagraphStart = true;
        var lastStyle = blockStyle;

        var i = 0;
        while (i < items.Count)
        {
            var item = items[i];
            lastStyle = item.Style;

            if (item.Kind == TextItemKind.LineBreak)
            {
                lines.Add(TextLine.Create(line, endsParagraph: true, item.Style));
                (line, lineWidth, lineHasWord, atParagraphStart) = ([], 0, false, true);
                pending.Clear();
                pendingWidth = 0;
                i++;
                continue;
            }

            if (item.Kind == TextItemKind.Space)
            {
                if (line.Count > 0 || atParagraphStart)
                {
                    pending.Add(item);
                    pendingWidth += item.Width;
                }

                i++;
                continue;
            }

            // A word may be several adjacent items (style changes mid-word); it breaks as one unit.
            var end = i;
            double wordWidth = 0;
            while (end < items.Count && items[end].Kind == TextItemKind.Word)
                wordWidth += items[end++].Width;

            if (lineWidth + pendingWidth + wordWidth <= maxWidth + Size.Epsilon)
            {
                line.AddRange(pending);
                line.AddRange(items.GetRange(i, end - i));
                lineWidth += pendingWidth + wordWidth;
                pending.Clear();
                pendingWidth = 0;
                (lineHasWord, atParagraphStart) = (true, false);
                i = end;
                continue;
            }

            if (lineHasWord)
            {
                // Retry the word on a fresh line.
                lines.Add(TextLine.Create(line, endsParagraph: false, item.Style));
                (line, lineWidth, lineHasWord, atParagraphStart) = ([], 0, false, false);
                pending.Clear();
                pendingWidth = 0;
                continue;
            }

            if (pending.Count > 0)
            {
                // Only indentation on this line: drop it before cutting the word.
                atParagraphStart = false;
                pending.Clear();
                pendingWidth = 0;
                continue;
            }

            var (fitted, rest) = SplitWord(items.GetRange(i, end - i), maxWidth);
            if (fitted.Count == 0)
                return null;

            lines.Add(TextLine.Create(fitted, endsParagraph: false, item.Style));
            items.RemoveRange(i, end - i);
            items.InsertRange(i, rest);
            atParagraphStart = false;
        }

        if (line.Count > 0 || lines.Count == 0 && items.Count > 0)
            lines.Add(TextLine.Create(line, endsParagraph: true, lastStyle));

        return lines;
    }

    /// <summary>Takes as many whole characters (grapheme clusters) as fit; the rest stays for the next line.</summary>
    private static (List<TextItem> Fitted, List<TextItem> Remainder) SplitWord(List<TextItem> word, double maxWidth)
    {
        var fitted = new List<TextItem>();
        double used = 0;

        for (var k = 0; k < word.Count; k++)
        {
            var item = word[k];
            var cut = 0;
            var elements = StringInfo.GetTextElementEnumerator(item.Text);
            while (elements.MoveNext())
            {
                var element = (string)elements.Current;
                var width = item.Style.Width(element);
                if (used + width > maxWidth + Size.Epsilon)
                    break;
                used += width;
                cut = elements.ElementIndex + element.Length;
            }

            if (cut == item.Text.Length)
            {
                fitted.Add(item);
                continue;
            }

            if (cut > 0)
                fitted.Add(Piece(item, item.Text[..cut]));

            var rest = new List<TextItem>();
            if (cut < item.Text.Length)
                rest.Add(Piece(item, item.Text[cut..]));
            rest.AddRange(word.Skip(k + 1));
            return (fitted, rest);
        }

        return (fitted, []);
    }

    private static TextItem Piece(TextItem item, string text) => item with { Text = text, Width = item.Style.Width(text) };
}
