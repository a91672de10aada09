using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace Campaign.Engagements.EmailDrop;

/// <summary>An email's body as the summary of a contact: plain text, without the history a reply quotes.</summary>
public static partial class EmailText
{
    /// <summary>
    /// Visible text of an HTML body: blocks on their own lines, no scripts, styles or head; with
    /// <paramref name="stopAtQuote"/>, nothing from the first &lt;blockquote&gt; (Gmail's and Apple Mail's quoted reply).
    /// </summary>
    public static string FromHtml(string html, bool stopAtQuote = true)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        var hidden = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title:
                    if (!tag.IsEmptyElement) hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken tag when stopAtQuote && tag.Id == HtmlTagId.BlockQuote && !tag.IsEndTag:
                    // A quoted earlier message: everything from here on is history.
                    return Tidy(text.ToString());
                case HtmlTagToken tag when tag.Id == HtmlTagId.Br:
                    text.Append('\n');
                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.LI && !tag.IsEndTag:
                    text.Append("\n• ");
                    break;
                case HtmlTagToken tag when IsBlock(tag.Id):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hidden == 0 && token.Kind == HtmlTokenKind.Data:
                    text.Append(Whitespace().Replace(data.Data, " "));
                    break;
            }
        }
        return Tidy(text.ToString());
    }

    /// <summary>
    /// The new part of a reply: stops at the first line that starts quoted history ("On … wrote:", Outlook's "From:"
    /// header block or "-----Original Message-----", a "&gt;" quote) and trims what is left.
    /// </summary>
    public static string WithoutQuotedHistory(string body)
    {
        var lines = body.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsHistory(lines[i].TrimEnd(), i + 1 < lines.Length ? lines[i + 1] : "")) break;
            kept.Add(lines[i]);
        }
        return Tidy(string.Join('\n', kept));
    }

    /// <summary>The body tidied but whole.</summary>
    public static string Whole(string body) => Tidy(body);

    /// <summary>A forward ("Fw:", "Fwd:") is logged for the message it carries, so its history is kept.</summary>
    public static bool IsForward(string subject) => Forward().IsMatch(subject);

    private static bool StartsHistory(string line, string next)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('>')) return true;
        if (OriginalMessage().IsMatch(trimmed)) return true;
        // Outlook draws a line of underscores above the "From:" block of the message replied to.
        if (trimmed.Length >= 10 && trimmed.All(c => c == '_') && next.TrimStart().StartsWith("From:", StringComparison.Ordinal)) return true;
        // Gmail and Apple Mail: "On 3 Dec 2026, at 10:02, Fiona MacAulay <…> wrote:", sometimes wrapped onto two lines.
        if (trimmed.StartsWith("On ", StringComparison.Ordinal) && (trimmed.EndsWith("wrote:", StringComparison.Ordinal) || next.TrimEnd().EndsWith("wrote:", StringComparison.Ordinal)))
            return true;
        // Outlook: a "From:" line followed by "Sent:" (or "Date:") is the header of the message replied to.
        return trimmed.StartsWith("From:", StringComparison.Ordinal)
               && (next.TrimStart().StartsWith("Sent:", StringComparison.Ordinal) || next.TrimStart().StartsWith("Date:", StringComparison.Ordinal));
    }

    private static bool IsBlock(HtmlTagId id) => id is HtmlTagId.P or HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.Table or HtmlTagId.UL or HtmlTagId.OL
        or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6 or HtmlTagId.HR or HtmlTagId.Section
        or HtmlTagId.Article or HtmlTagId.Header or HtmlTagId.Footer or HtmlTagId.Pre;

    /// <summary>Lines trimmed at the end, no run of more than one blank line, nothing blank at either end.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Replace('\u00a0', ' ').TrimEnd()).ToList();
        var tidy = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            var content = line.Trim().Length == 0 ? "" : line;
            if (content.Length == 0)
            {
                blank++;
                continue;
            }
            if (tidy.Length > 0) tidy.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            tidy.Append(content.TrimStart());
        }
        return tidy.ToString();
    }

    // Not "Forwarded message": in a forward the message below is the one being logged.
    [GeneratedRegex(@"^-{2,}\s*Original Message\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^\s*(fwd?|fw)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Forward();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
