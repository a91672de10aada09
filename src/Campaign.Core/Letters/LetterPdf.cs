using Campaign.Briefings.Pdf;
using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Templates;

namespace Campaign.Letters;

/// <summary>
/// Lays out letters with Campaign.Documents: letterhead, date, address block, reference, salutation, the body's Markdown,
/// sign-off and signer. Each letter is a page sequence of its own, so each starts on a new page.
/// </summary>
public static class LetterPdf
{
    /// <summary>The letters as one PDF, and its page count.</summary>
    public static (byte[] Pdf, int Pages) Generate(IReadOnlyList<LetterContent> letters, string title)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var document = Document.Create(container =>
        {
            foreach (var letter in letters) container.Page(page =>
            {
                DocumentFrame.Setup(page);
                page.MarginTop(36);
                page.Content().Element(content => Compose(content, letter));
            });
        }).WithMetadata(new DocumentMetadata { Title = title, Author = letters.FirstOrDefault()?.SignerName });
        using var output = new MemoryStream();
        var pages = document.GeneratePdf(output);
        return (output.ToArray(), pages);
    }

    private static void Compose(IContainer container, LetterContent letter) => container.Column(column =>
    {
        column.Spacing(4);
        column.Item().Element(c => Letterhead(c, letter.Letterhead));
        column.Item().PaddingTop(10).LineHorizontal(0.5).LineColor(DocumentTheme.Rule);
        column.Item().PaddingTop(14).AlignRight().Text(Wording.LongDate(letter.Date));
        column.Item().PaddingTop(10).Column(address =>
        {
            foreach (var line in letter.AddressBlock) address.Item().Text(line);
        });
        if (!string.IsNullOrWhiteSpace(letter.Reference))
            column.Item().PaddingTop(10).Text($"Our reference: {letter.Reference}").FontSize(DocumentTheme.SmallSize).FontColor(DocumentTheme.Muted);
        column.Item().PaddingTop(16).Text(letter.Salutation);
        column.Item().PaddingTop(6).Element(body => MarkdownComposer.Compose(body, StatementMarkdown.Parse(letter.BodyMarkdown)));
        column.Item().PaddingTop(14).ShowEntire().Column(signature =>
        {
            signature.Item().Text(letter.SignOff);
            signature.Item().PaddingTop(30).Text(letter.SignerName).Bold();
            if (!string.IsNullOrWhiteSpace(letter.SignerRole)) signature.Item().Text(letter.SignerRole);
        });
    });

    private static void Letterhead(IContainer container, Letterhead letterhead) => container.Row(row =>
    {
        if (letterhead.Image is { Length: > 0 } image) row.ConstantItem(90).MaxHeight(60).Image(image).FitArea();
        row.RelativeItem().AlignRight().Column(lines =>
        {
            for (var i = 0; i < letterhead.Lines.Count; i++)
            {
                var text = lines.Item().AlignRight().Text(letterhead.Lines[i]);
                if (i == 0) text.FontSize(14).Bold().FontColor(DocumentTheme.Navy);
                else text.FontSize(DocumentTheme.SmallSize).FontColor(DocumentTheme.Muted);
            }
        });
    });
}
