using System.Globalization;

namespace Campaign.Documents.Tests.Support;

/// <summary>A long report: per chapter a heading, justified paragraphs and a table whose rows wrap.</summary>
internal sealed class LargeDocument(int chapters) : IDocument
{
    public DocumentMetadata GetMetadata() => new() { Title = "Large report", Author = "Campaign tests" };

    public void Compose(IDocumentContainer container) => container.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Header().PaddingBottom(8).Text("Large report").Bold().FontSize(14);
        page.Footer().AlignRight().Text(t =>
        {
            t.CurrentPageNumber();
            t.Span(" / ");
            t.TotalPages();
        });

        page.Content().Column(col =>
        {
            col.Spacing(8);
            for (var chapter = 1; chapter <= chapters; chapter++)
            {
                var number = chapter;
                col.Item().Section($"Chapter {number}").Column(section =>
                {
                    section.Spacing(6);
                    section.Item().Text($"Chapter {number}").FontSize(14).Bold();
                    for (var p = 0; p < 3; p++)
                        section.Item().Text(Lorem.WordsOf(120, number * 3 + p)).Justify();

                    section.Item().Table(table =>
                    {
                        table.ColumnsDefinition(c =>
                        {
                            c.ConstantColumn(40);
                            c.RelativeColumn();
                            c.RelativeColumn(2);
                            c.ConstantColumn(60);
                        });
                        table.Header(h =>
                        {
                            foreach (var title in new[] { "#", "Name", "Notes", "Amount" })
                                h.Cell().Background("#DDDDDD").Border(0.5).Padding(3).Text(title).Bold();
                        });
                        for (var row = 1; row <= 25; row++)
                        {
                            table.Cell().Border(0.5).Padding(3).Text(row.ToString(CultureInfo.InvariantCulture));
                            table.Cell().Border(0.5).Padding(3).Text($"Stakeholder {number}.{row}");
                            table.Cell().Border(0.5).Padding(3).Text(Lorem.WordsOf(5 + row % 6 * 4, row));
                            table.Cell().Border(0.5).Padding(3).AlignRight().Text((row * 17.5m).ToString("N2", CultureInfo.InvariantCulture));
                        }
                    });
                });
            }
        });
    });
}
