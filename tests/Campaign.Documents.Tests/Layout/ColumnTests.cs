using Campaign.Documents.Infrastructure;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Layout;

public sealed class ColumnTests
{
    [Fact]
    public void Items_that_fit_render_fully_with_spacing_between_them()
    {
        var layout = Support.Layout.Of(c => c.Column(col =>
        {
            col.Spacing(10);
            col.Item().Box(50, 100);
            col.Item().Box(80, 100);
        }));

        Assert.Equal(SpacePlan.FullRender(80, 210), layout.Measure(400, 300));
    }

    [Fact]
    public void Items_that_do_not_fit_make_a_partial_render_and_continue_on_the_next_page()
    {
        var layout = Support.Layout.Of(c => c.Column(col =>
        {
            col.Spacing(10);
            col.Item().Box(50, 100);
            col.Item().Box(50, 100);
            col.Item().Box(50, 100);
        }));

        Assert.Equal(SpacePlan.PartialRender(50, 210), layout.Page(400, 250));
        Assert.Equal(SpacePlan.FullRender(50, 100), layout.Page(400, 250));
        Assert.Equal(SpacePlan.Empty(), layout.Measure(400, 250));

        // No spacing above the first item of a page.
        Assert.Equal([0.0, 110.0], layout.Canvas.Pages[0].Rectangles.Select(r => r.Y));
        Assert.Equal([0.0], layout.Canvas.Pages[1].Rectangles.Select(r => r.Y));
    }

    [Fact]
    public void A_first_item_that_does_not_fit_wraps_and_names_itself()
    {
        var layout = Support.Layout.Of(c => c.Column(col => col.Item().Box(50, 400)));

        var plan = layout.Measure(400, 300);

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.IsType<Box>(plan.WrapSource);
    }

    [Fact]
    public void Items_are_drawn_with_the_full_width_and_their_own_height()
    {
        var layout = Support.Layout.Of(c => c.Column(col =>
        {
            col.Item().Box(50, 20);
            col.Item().Box(70, 30);
        }));

        layout.Page(300, 500);

        Assert.Equal(
            [new RecordedRect(0, 0, 300, 20, Box.Paint), new RecordedRect(0, 20, 300, 30, Box.Paint)],
            layout.Canvas.Pages[0].Rectangles);
    }
}
