using Campaign.Documents.Infrastructure;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Layout;

public sealed class RowTests
{
    [Fact]
    public void Constant_items_keep_their_width_and_relative_items_share_the_rest_by_weight()
    {
        var layout = Support.Layout.Of(c => c.Row(row =>
        {
            row.Spacing(10);
            row.ConstantItem(100).Box(10, 10);
            row.RelativeItem().Box(10, 10);
            row.RelativeItem(3).Box(10, 10);
        }));

        layout.Page(520, 100);

        // 520 - 100 - 2 × 10 spacing = 400 shared 1:3.
        Assert.Equal(
            [(0.0, 100.0), (110.0, 100.0), (220.0, 300.0)],
            layout.Canvas.Pages[0].Rectangles.Select(r => (r.X, r.Width)));
    }

    [Fact]
    public void Auto_items_are_as_wide_as_their_content()
    {
        var layout = Support.Layout.Of(c => c.Row(row =>
        {
            row.AutoItem().Box(70, 10);
            row.RelativeItem().Box(10, 10);
        }));

        layout.Page(300, 100);

        Assert.Equal([(0.0, 70.0), (70.0, 230.0)], layout.Canvas.Pages[0].Rectangles.Select(r => (r.X, r.Width)));
    }

    [Fact]
    public void Row_is_as_tall_as_its_tallest_item_and_every_item_gets_that_height()
    {
        var layout = Support.Layout.Of(c => c.Row(row =>
        {
            row.RelativeItem().Box(10, 20);
            row.RelativeItem().Box(10, 50);
        }));

        Assert.Equal(SpacePlan.FullRender(200, 50), layout.Measure(200, 100));
        layout.Page(200, 50);
        Assert.All(layout.Canvas.Pages[0].Rectangles, r => Assert.Equal(50, r.Height));
    }

    [Fact]
    public void Constant_items_wider_than_the_space_wrap()
    {
        var layout = Support.Layout.Of(c => c.Row(row =>
        {
            row.ConstantItem(150).Box(10, 10);
            row.ConstantItem(100).Box(10, 10);
        }));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(200, 100).Type);
        Assert.Equal(SpacePlanType.FullRender, layout.Measure(250, 100).Type);
    }

    [Fact]
    public void An_item_that_splits_continues_on_the_next_page_without_repeating_finished_items()
    {
        Box? first = null;
        var layout = Support.Layout.Of(c => c.Row(row =>
        {
            first = row.RelativeItem().Box(10, 20);
            row.RelativeItem().Column(col =>
            {
                col.Item().Box(10, 40);
                col.Item().Box(10, 40);
            });
        }));

        Assert.Equal(SpacePlan.PartialRender(200, 40), layout.Page(200, 60));
        Assert.Equal(SpacePlan.FullRender(200, 40), layout.Page(200, 60));
        Assert.Equal(1, first!.DrawCount);
    }
}
