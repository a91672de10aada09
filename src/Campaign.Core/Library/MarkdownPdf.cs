using Campaign.Briefings.Pdf;
using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Templates;

namespace Campaign.Library;

/// <summary>A Markdown text as a PDF in the packs' page frame, laid out by the same composer as position statements.</summary>
internal static class MarkdownPdf
{
    public static byte[] Render(string title, string markdown) =>
        Document.Create(document => document.Page(page =>
            {
                DocumentFrame.Setup(page);
                page.Content().Element(content => MarkdownComposer.Compose(content, StatementMarkdown.Parse(markdown)));
            }))
            .WithMetadata(new DocumentMetadata { Title = title, Author = "Campaign" })
            .GeneratePdf();
}
