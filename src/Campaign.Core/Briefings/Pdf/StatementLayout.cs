using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Templates;

namespace Campaign.Briefings.Pdf;

/// <summary>Checks that a rendered statement can be laid out in a pack (a table of 60 columns cannot), before it is saved.</summary>
internal static class StatementLayout
{
    /// <summary>Why the statement cannot be laid out on the pack's A4 pages, or null when it can.</summary>
    public static string? Problem(string markdown)
    {
        try
        {
            Document.Create(document => document.Page(page =>
            {
                DocumentFrame.Setup(page);
                page.Content().Element(content => MarkdownComposer.Compose(content, StatementMarkdown.Parse(markdown)));
            })).GeneratePdf();
            return null;
        }
        catch (DocumentLayoutException e)
        {
            return $"The statement cannot be laid out on an A4 page: {e.Message}";
        }
    }
}
