using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Campaign.Templates;

/// <summary>
/// Position statements' Markdown: CommonMark with pipe tables and bare URLs; raw HTML shown as text, images as their
/// description, links only to http, https or mailto, so neither the PDF nor the preview can carry a script or tracker.
/// </summary>
public static class StatementMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        Clean(document);
        return document;
    }

    /// <summary>HTML for the editor's preview; everything in it came through <see cref="Parse"/>.</summary>
    public static string ToHtml(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(Parse(markdown));
        writer.Flush();
        return writer.ToString();
    }

    public static bool IsAllowedLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = 16 };
        return builder.UsePipeTables().UseAutoLinks().DisableHtml().Build();
    }

    private static void Clean(MarkdownDocument document)
    {
        // Collected first: unwrapping while walking would change what is being walked.
        var links = document.Descendants<LinkInline>().ToList();
        foreach (var link in links)
        {
            if (link.IsImage) ReplaceWithText(link, PlainText(link));
            else if (!IsAllowedLink(link.Url)) Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!IsAllowedLink(url)) ReplaceWithText(autolink, autolink.Url);
        }
    }

    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }
        container.Remove();
    }

    private static void ReplaceWithText(Inline inline, string text) => inline.ReplaceBy(new LiteralInline(text));

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
