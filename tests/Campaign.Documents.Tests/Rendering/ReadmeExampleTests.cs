using Campaign.Documents.Tests.Support;
using Campaign.Testing;

namespace Campaign.Documents.Tests.Rendering;

/// <summary>Keeps the README's example compiling and doing what it says.</summary>
public sealed class ReadmeExampleTests
{
    private sealed record Person(string Name, string Notes);

    [Fact]
    public void The_readme_example_renders()
    {
        var summary = Lorem.WordsOf(200);
        var people = Enumerable.Range(1, 60).Select(i => new Person($"Person {i}", Lorem.WordsOf(12, i))).ToList();

        byte[] pdf = Document.Create(container => container.Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(40);
            page.DefaultTextStyle(s => s.FontSize(10));

            page.Header().PaddingBottom(10).Text("Stakeholder briefing").FontSize(18).Bold();

            page.Content().Column(column =>
            {
                column.Spacing(8);
                column.Item().Section("Summary").Text(summary).Justify();
                column.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => { c.ConstantColumn(80); c.RelativeColumn(); });
                    table.Header(h =>
                    {
                        h.Cell().Background("#EEEEEE").Border(0.5).Padding(4).Text("Name").Bold();
                        h.Cell().Background("#EEEEEE").Border(0.5).Padding(4).Text("Notes").Bold();
                    });
                    foreach (var person in people)
                    {
                        table.Cell().Border(0.5).Padding(4).Text(person.Name);
                        table.Cell().Border(0.5).Padding(4).Text(person.Notes);
                    }
                });
            });

            page.Footer().AlignCenter().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
        }))
        .WithMetadata(new DocumentMetadata { Title = "Briefing", Author = "Campaign" })
        .GeneratePdf();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.StartsWith("Stakeholder briefing", p));
        Assert.Contains("Person 60", pages[^1]);
        Assert.EndsWith($"Page {pages.Count} of {pages.Count}", pages[^1]);
    }
}
