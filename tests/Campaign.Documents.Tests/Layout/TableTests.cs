using Campaign.Documents.Infrastructure;
using Campaign.Documents.Rendering;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Layout;

public sealed class TableTests
{
    [Fact]
    public void Constant_columns_keep_their_width_and_relative_columns_share_the_rest()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(80);
                cols.RelativeColumn();
                cols.RelativeColumn(3);
            });
            for (var i = 0; i < 3; i++)
                table.Cell().Box(10, 10);
        }));

        Assert.Equal(SpacePlan.FullRender(480, 10), layout.Measure(480, 100));
        layout.Page(480, 100);

        Assert.Equal([(0.0, 80.0), (80.0, 100.0), (180.0, 300.0)], layout.Canvas.Pages[0].Rectangles.Select(r => (r.X, r.Width)));
    }

    [Fact]
    public void A_row_is_as_tall_as_its_tallest_cell_and_every_cell_is_drawn_at_that_height()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols =>
            {
                cols.RelativeColumn();
                cols.RelativeColumn();
            });
            table.Cell().Box(10, 10);
            table.Cell().Box(10, 35);
            table.Cell().Box(10, 5);
            table.Cell().Box(10, 5);
        }));

        Assert.Equal(SpacePlan.FullRender(200, 40), layout.Measure(200, 100));
        layout.Page(200, 100);

        Assert.Equal([35.0, 35.0, 5.0, 5.0], layout.Canvas.Pages[0].Rectangles.Select(r => r.Height));
        Assert.Equal([0.0, 0.0, 35.0, 35.0], layout.Canvas.Pages[0].Rectangles.Select(r => r.Y));
    }

    [Fact]
    public void Cells_spanning_columns_get_their_combined_width_and_flow_to_the_next_row_when_they_do_not_fit()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(50);
                cols.ConstantColumn(60);
                cols.ConstantColumn(70);
            });
            table.Cell().Box(1, 10);
            table.Cell().ColumnSpan(2).Box(1, 10);
            table.Cell().ColumnSpan(2).Box(1, 10);
            table.Cell().ColumnSpan(2).Box(1, 10);
        }));

        layout.Page(180, 100);

        Assert.Equal(
            [(0.0, 0.0, 50.0), (50.0, 0.0, 130.0), (0.0, 10.0, 110.0), (0.0, 20.0, 110.0)],
            layout.Canvas.Pages[0].Rectangles.Select(r => (r.X, r.Y, r.Width)));
    }

    [Fact]
    public void Rows_move_whole_to_the_next_page_and_the_header_repeats()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols => cols.RelativeColumn());
            table.Header(h => h.Cell().Box(10, 15));
            for (var i = 0; i < 5; i++)
                table.Cell().Box(10, 30);
        }));

        // 15 header + 2 × 30 rows = 75 fit in 100; the third row would need 105.
        Assert.Equal(SpacePlan.PartialRender(100, 75), layout.Page(100, 100));
        Assert.Equal(SpacePlan.PartialRender(100, 75), layout.Page(100, 100));
        Assert.Equal(SpacePlan.FullRender(100, 45), layout.Page(100, 100));
        Assert.Equal(SpacePlan.Empty(), layout.Measure(100, 100));

        Assert.All(layout.Canvas.Pages, page => Assert.Equal(new RecordedRect(0, 0, 100, 15, Box.Paint), page.Rectangles[0]));
        Assert.Equal(8, layout.Canvas.Pages.Sum(p => p.Rectangles.Count));
    }

    [Fact]
    public void A_row_never_splits_between_its_cells_lines_when_it_would_fit_on_a_page()
    {
        // Rows of three lines on pages of seven and a half: a splitting table would put a row's first line on the page before.
        var lineHeight = Fonts.FontMetrics.For(Fonts.FontFace.Regular).LineSpacing * 12;
        var pages = new RecordingCanvas();
        var document = Document.Create(c => c.Page(page =>
        {
            page.Size(300, lineHeight * 7.5);
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(cols =>
                {
                    cols.ConstantColumn(60);
                    cols.RelativeColumn();
                });
                for (var i = 1; i <= 6; i++)
                {
                    table.Cell().Text($"row{i}");
                    table.Cell().Text($"first{i}\nmiddle{i}\nlast{i}");
                }
            });
        }));

        DocumentRenderer.Render(document, pages);

        Assert.Equal(3, pages.Pages.Count);
        for (var i = 1; i <= 6; i++)
        {
            var page = pages.Pages.Single(p => p.Texts.Any(t => t.Text == $"row{i}"));
            Assert.Contains(page.Texts, t => t.Text == $"first{i}");
            Assert.Contains(page.Texts, t => t.Text == $"last{i}");
        }
    }

    [Fact]
    public void A_row_taller_than_any_page_splits_instead_of_failing()
    {
        var pages = new RecordingCanvas();
        var text = Lorem.WordsOf(300);
        var document = Document.Create(c => c.Page(page =>
        {
            page.Size(300, 200);
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(cols => cols.RelativeColumn());
                table.Header(h => h.Cell().Text("HEADER"));
                table.Cell().Text(text);
            });
        }));

        DocumentRenderer.Render(document, pages);

        Assert.True(pages.Pages.Count >= 3);
        Assert.All(pages.Pages, p => Assert.Equal("HEADER", p.Texts[0].Text));
        Assert.Equal(text, string.Join(' ', pages.Pages.SelectMany(p => p.Texts.Skip(1)).Select(t => t.Text)));
    }

    [Fact]
    public void A_header_that_does_not_fit_wraps()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols => cols.RelativeColumn());
            table.Header(h => h.Cell().Box(10, 50));
            table.Cell().Box(10, 10);
        }));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(100, 40).Type);
    }

    [Fact]
    public void Cell_borders_padding_and_background_fill_the_cell()
    {
        var layout = Support.Layout.Of(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(100);
                cols.ConstantColumn(100);
            });
            table.Cell().Background("#EEEEEE").Border(1).Padding(5).Box(10, 10);
            table.Cell().Background("#EEEEEE").Border(1).Padding(5).Box(10, 30);
        }));

        layout.Page(200, 100);

        var rects = layout.Canvas.Pages[0].Rectangles;
        var grey = Drawing.Color.Parse("#EEEEEE");
        // Backgrounds take the row height (30 + 2 × 5), content sits inside the padding.
        Assert.Equal([new RecordedRect(0, 0, 100, 40, grey), new RecordedRect(100, 0, 100, 40, grey)], rects.Where(r => r.Color == grey));
        Assert.Equal([new RecordedRect(5, 5, 90, 30, Box.Paint), new RecordedRect(105, 5, 90, 30, Box.Paint)], rects.Where(r => r.Color == Box.Paint));
        Assert.Equal(8, rects.Count(r => r.Color == Drawing.Color.Black));
    }
}
