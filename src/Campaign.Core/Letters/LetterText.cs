using Markdig;
using Markdig.Syntax;

namespace Campaign.Letters;

/// <summary>Plain text from a letter's Markdown, for the interaction that logs it.</summary>
internal static class LetterText
{
    /// <summary>The first paragraph as plain text, or null when the letter has none.</summary>
    public static string? FirstParagraph(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "");
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph is null) return null;
        var text = Markdown.ToPlainText(markdown![paragraph.Span.Start..(paragraph.Span.End + 1)]).Trim();
        return text.Length == 0 ? null : string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
