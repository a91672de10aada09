using System.Diagnostics;
using Campaign.Documents.Rendering;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Rendering;

public sealed class PageFlowTests
{
    private static List<RecordedPage> Render(Action<PageDescriptor> page, DocumentSettings? settings = null)
    {
        var canvas = new RecordingCanvas();
        var document = Document.Create(c => c.Page(page)).WithSettings(settings ?? new DocumentSettings());
        DocumentRenderer.Render(document, canvas);
        return canvas.Pages;
    }

    [Fact]
    public void Header_and_footer_are_drawn_on_every_page_with_the_content_between_them()
    {
        var pages = Render(page =>
        {
            page.Size(300, 200);
            page.Margin(10);
            page.Header().Height(20).Box(1, 1);
            page.Footer().Height(30).Box(1, 1);
            page.Content().Column(col =>
            {
                for (var i = 0; i < 5; i++)
                    col.Item().Box(50, 60);
            });
        });

        // Content area: 200 - 2 × 10 margin - 20 header - 30 footer = 130: two 60 pt boxes per page.
        Assert.Equal(3, pages.Count);
        Assert.All(pages, page =>
        {
            Assert.Equal(new RecordedRect(10, 10, 280, 20, Box.Paint), page.Rectangles[0]);
            Assert.Equal(new RecordedRect(10, 160, 280, 30, Box.Paint), page.Rectangles[^1]);
        });
        Assert.Equal([30.0, 90.0], pages[0].Rectangles.Skip(1).SkipLast(1).Select(r => r.Y));
    }

    [Fact]
    public void Page_break_starts_a_new_page_and_a_trailing_break_adds_no_blank_page()
    {
        var pages = Render(page => page.Content().Column(col =>
        {
            col.Item().Text("one");
            col.Item().PageBreak();
            col.Item().Text("two");
            col.Item().PageBreak();
        }));

        Assert.Equal(["one", "two"], pages.Select(p => p.AllText));
    }

    [Fact]
    public void Show_entire_moves_content_that_would_split_to_the_next_page()
    {
        static List<RecordedPage> Pages(bool keepTogether) => Render(page =>
        {
            page.Size(200, 100);
            page.Content().Column(col =>
            {
                col.Item().Box(10, 60);
                var block = col.Item();
                if (keepTogether)
                    block = block.ShowEntire();
                block.Text("first\nsecond\nthird");
            });
        });

        var split = Pages(keepTogether: false);
        Assert.Equal(["first second", "third"], split.Select(p => p.AllText));

        var kept = Pages(keepTogether: true);
        Assert.Equal(["", "first second third"], kept.Select(p => p.AllText));
    }

    [Fact]
    public void An_empty_document_page_still_produces_one_page()
    {
        Assert.Single(Render(page => page.Size(PageSizes.A5)));
    }

    [Fact]
    public void A_document_without_pages_is_refused()
    {
        var document = Document.Create(_ => { });

        Assert.Throws<InvalidOperationException>(() => DocumentRenderer.Render(document, new RecordingCanvas()));
    }

    [Fact]
    public void Page_sets_follow_each_other_and_page_numbers_continue()
    {
        var canvas = new RecordingCanvas();
        var document = Document.Create(c =>
        {
            c.Page(page =>
            {
                page.Size(PageSizes.A5);
                page.Content().Column(col =>
                {
                    col.Item().Text("a");
                    col.Item().PageBreak();
                    col.Item().Text("b");
                });
                page.Footer().Text(t =>
                {
                    t.CurrentPageNumber();
                    t.Span("/");
                    t.TotalPages();
                });
            });
            c.Page(page =>
            {
                page.Size(PageSizes.A4.Landscape());
                page.Content().Text("c");
                page.Footer().Text(t =>
                {
                    t.CurrentPageNumber();
                    t.Span("/");
                    t.TotalPages();
                });
            });
        });

        DocumentRenderer.Render(document, canvas);

        Assert.Equal(["a 1/3", "b 2/3", "c 3/3"], canvas.Pages.Select(p => p.AllText));
        Assert.Equal(PageSizes.A4.Width, canvas.Pages[2].Size.Height);
    }

    [Fact]
    public void Sections_become_nested_outline_entries_on_the_page_where_they_start()
    {
        var pages = Render(page =>
        {
            page.Size(300, 200);
            page.Content().Column(col =>
            {
                col.Item().Section("Part 1").Column(part =>
                {
                    part.Item().Text("intro");
                    part.Item().PageBreak();
                    part.Item().Section("Chapter 1.1").Text("details");
                });
                col.Item().Section("Part 2").Text("more");
            });
        });

        var outlines = pages.SelectMany(p => p.Outlines).ToList();
        Assert.Equal(["Part 1", "Chapter 1.1", "Part 2"], outlines.Select(o => o.Title));
        Assert.Equal([1, 2, 2], outlines.Select(o => o.PageNumber));
        Assert.Null(outlines[0].Parent);
        Assert.Same(outlines[0], outlines[1].Parent);
        Assert.Null(outlines[2].Parent);
    }

    [Fact]
    public void Content_taller_than_any_page_fails_with_the_element_named_and_does_not_loop()
    {
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<DocumentLayoutException>(() => Render(page =>
        {
            page.Size(300, 200);
            page.Content().Column(col =>
            {
                col.Item().Text("fine");
                col.Item().Padding(5).Image(TestImages.Png(10, 100));
            });
        }));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(2, error.PageNumber);
        Assert.Contains("Image(10×100 px", error.ElementPath);
        Assert.Contains("#2 Padding", error.ElementPath);
        Assert.Contains("the image needs", error.Message);
    }

    [Fact]
    public void Text_in_a_column_too_narrow_for_one_character_fails_naming_the_text()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => Render(page => page.Content().Row(row =>
        {
            row.ConstantItem(2).Text("Wide");
            row.RelativeItem().Text("ok");
        })));

        Assert.Contains("Text(\"Wide\")", error.ElementPath);
    }

    [Fact]
    public void A_header_taller_than_the_page_fails()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => Render(page =>
        {
            page.Size(300, 100);
            page.Header().Height(150).Box(1, 1);
        }));

        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void Show_entire_content_taller_than_a_page_fails()
    {
        Assert.Throws<DocumentLayoutException>(() => Render(page =>
        {
            page.Size(300, 100);
            page.Content().ShowEntire().Text(Lorem.WordsOf(200));
        }));
    }

    [Fact]
    public void The_page_limit_stops_runaway_documents()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => Render(
            page =>
            {
                page.Size(300, 100);
                page.Content().Text(Lorem.WordsOf(5000));
            },
            new DocumentSettings { MaxPages = 10 }));

        Assert.Equal(11, error.PageNumber);
    }
}
