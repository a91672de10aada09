namespace Campaign.Documents.Tests.Support;

/// <summary>A document using most features, in the shape a report would have; also rendered for visual checks.</summary>
internal sealed class SampleDocument(int tableRows = 40, int paragraphs = 3) : IDocument
{
    public DocumentMetadata GetMetadata() => new()
    {
        Title = "Stakeholder briefing – Łódź",
        Author = "Campaign tests",
        Subject = "Layout engine sample",
        Keywords = "campaign, pdf, sample",
        CreationDate = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40);
        page.DefaultTextStyle(s => s.FontSize(10));

        page.Header().PaddingBottom(12).Row(row =>
        {
            row.Spacing(10);
            row.ConstantItem(60).Image(TestImages.Png(120, 60));
            row.RelativeItem().Column(col =>
            {
                col.Item().Text("Stakeholder briefing").FontSize(18).Bold().FontColor("#1E3A5F");
                col.Item().Text("Prepared for the Łódź office – £ budget, ’quoted’ text").Italic().FontColor(Colors.DarkGrey);
            });
            row.AutoItem().AlignMiddle().Text("DRAFT").Bold().FontColor(Colors.Red);
        });

        page.Content().Column(col =>
        {
            col.Spacing(8);

            col.Item().Section("Summary").Column(summary =>
            {
                summary.Spacing(6);
                summary.Item().Text("Summary").FontSize(14).Bold();
                for (var i = 0; i < paragraphs; i++)
                    summary.Item().Text(Lorem.WordsOf(90, i)).Justify();
                summary.Item().Text(t =>
                {
                    t.Span("Mixed styles: ");
                    t.Span("bold").Bold();
                    t.Span(", ");
                    t.Span("italic").Italic();
                    t.Span(", ");
                    t.Span("underlined").Underline();
                    t.Span(", ");
                    t.Span("coloured").FontColor(Colors.Blue);
                    t.Span(" and a ");
                    t.Hyperlink("link to example.org", "https://example.org/").Underline().FontColor(Colors.Blue);
                    t.Span(". A very long word: ");
                    t.Span("Pneumonoultramicroscopicsilicovolcanoconiosis-" + string.Concat(Enumerable.Repeat("and-then-some-more-", 6)) + "end");
                });
            });

            col.Item().LineHorizontal(0.5).LineColor(Colors.Grey);

            col.Item().Section("Contacts").Column(contacts =>
            {
                contacts.Spacing(6);
                contacts.Item().Text("Contacts").FontSize(14).Bold();
                contacts.Item().Table(table =>
                {
                    table.ColumnsDefinition(c =>
                    {
                        c.ConstantColumn(30);
                        c.RelativeColumn(2);
                        c.RelativeColumn(3);
                        c.ConstantColumn(70);
                    });
                    table.Header(h =>
                    {
                        foreach (var title in new[] { "#", "Name", "Notes", "Amount" })
                            h.Cell().Background("#1E3A5F").Border(0.5).Padding(4).Text(title).Bold().FontColor(Colors.White);
                    });
                    for (var i = 1; i <= tableRows; i++)
                    {
                        var shade = i % 2 == 0 ? "#F5F7FA" : "#FFFFFF";
                        table.Cell().Background(shade).Border(0.5).Padding(4).Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        table.Cell().Background(shade).Border(0.5).Padding(4).Text($"Contact {i} Łódź");
                        table.Cell().Background(shade).Border(0.5).Padding(4).Text(Lorem.WordsOf(6 + i % 9 * 3, i));
                        table.Cell().Background(shade).Border(0.5).Padding(4).AlignRight().Text($"£{i * 125:N0}");
                    }
                });
            });

            col.Item().ShowEntire().Section("Closing").Background("#FFF8E1").Border(1).BorderColor("#FFB300").Padding(10).Column(closing =>
            {
                closing.Item().Text("Kept together").Bold();
                closing.Item().Text(Lorem.WordsOf(40, 3)).AlignCenter();
            });
        });

        page.Footer().AlignCenter().Text(t =>
        {
            t.Span("Page ");
            t.CurrentPageNumber();
            t.Span(" of ");
            t.TotalPages();
        });
    });
}
