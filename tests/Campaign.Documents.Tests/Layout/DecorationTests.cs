using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Layout;

public sealed class DecorationTests
{
    [Fact]
    public void Padding_adds_to_the_content_size_and_moves_it_in()
    {
        var layout = Support.Layout.Of(c => c.PaddingLeft(10).PaddingTop(5).PaddingRight(20).PaddingBottom(15).Box(50, 30));

        Assert.Equal(SpacePlan.FullRender(80, 50), layout.Measure(300, 300));
        layout.Page(300, 300);
        Assert.Equal(new RecordedRect(10, 5, 270, 280, Box.Paint), layout.Canvas.Pages[0].Rectangles.Single());
    }

    [Fact]
    public void Padding_larger_than_the_space_wraps()
    {
        var layout = Support.Layout.Of(c => c.Padding(60).Box(0, 0));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(100, 300).Type);
    }

    [Fact]
    public void Width_and_height_fix_the_size_whatever_the_content()
    {
        var layout = Support.Layout.Of(c => c.Width(120).Height(40).Box(10, 10));

        Assert.Equal(SpacePlan.FullRender(120, 40), layout.Measure(300, 300));
    }

    [Fact]
    public void A_minimum_height_larger_than_the_space_wraps()
    {
        var layout = Support.Layout.Of(c => c.MinHeight(200).Box(10, 10));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(300, 150).Type);
        Assert.Equal(SpacePlan.FullRender(10, 200), layout.Measure(300, 250));
    }

    [Fact]
    public void Max_width_limits_what_the_content_is_offered()
    {
        var layout = Support.Layout.Of(c => c.MaxWidth(50).Box(80, 10));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(300, 100).Type);
    }

    [Fact]
    public void Alignment_places_the_content_at_its_own_size()
    {
        var layout = Support.Layout.Of(c => c.Column(col =>
        {
            col.Item().Height(100).AlignCenter().AlignMiddle().Box(40, 20);
            col.Item().Height(100).AlignRight().AlignBottom().Box(40, 20);
        }));

        layout.Page(200, 200);

        Assert.Equal(
            [new RecordedRect(80, 40, 40, 20, Box.Paint), new RecordedRect(160, 180, 40, 20, Box.Paint)],
            layout.Canvas.Pages[0].Rectangles);
    }

    [Fact]
    public void Background_fills_the_full_width_and_border_strokes_all_four_edges()
    {
        // In a column the item is drawn at its measured height (the page root would get the whole page).
        var layout = Support.Layout.Of(c => c.Column(col =>
            col.Item().Background("#FF0000").Border(2).BorderColor("#00FF00").Height(50).Box(10, 10)));

        layout.Page(200, 100);

        var rects = layout.Canvas.Pages[0].Rectangles;
        var red = new Color(255, 255, 0, 0);
        var green = new Color(255, 0, 255, 0);
        Assert.Equal(new RecordedRect(0, 0, 200, 50, red), rects[0]);
        var border = rects.Where(r => r.Color == green).ToList();
        Assert.Equal(4, border.Count);
        // Strokes are centred on the edges: top, bottom, left, right.
        Assert.Contains(border, r => r.Y == -1 && r.Width == 202);
        Assert.Contains(border, r => r.Y == 49 && r.Width == 202);
        Assert.Contains(border, r => r.X == -1 && r.Height == 52);
        Assert.Contains(border, r => r.X == 199 && r.Height == 52);
    }

    [Fact]
    public void Horizontal_line_spans_the_width_at_its_thickness()
    {
        var layout = Support.Layout.Of(c => c.LineHorizontal(1.5).LineColor("#123456"));

        Assert.Equal(SpacePlan.FullRender(300, 1.5), layout.Measure(300, 100));
        layout.Page(300, 100);
        Assert.Equal(new RecordedRect(0, 0, 300, 1.5, Color.Parse("#123456")), layout.Canvas.Pages[0].Rectangles.Single());
    }

    [Fact]
    public void A_container_takes_one_element_only()
    {
        Assert.Throws<InvalidOperationException>(() => Support.Layout.Of(c =>
        {
            c.Text("first");
            c.Text("second");
        }));
    }

    [Fact]
    public void Colours_parse_from_short_long_and_alpha_hex()
    {
        Assert.Equal(new Color(255, 0xAA, 0xBB, 0xCC), Color.Parse("#abc"));
        Assert.Equal(new Color(255, 0x1E, 0x88, 0xE5), Color.Parse("1E88E5"));
        Assert.Equal(new Color(0x80, 0x10, 0x20, 0x30), Color.Parse("#80102030"));
        Assert.Throws<ArgumentException>(() => Color.Parse("#12345"));
        Assert.Throws<ArgumentException>(() => Color.Parse("red"));
    }
}
