using System.Globalization;
using Campaign.Web.Components.Pages.Dashboard;

namespace Campaign.Web.Tests.Dashboard;

public sealed class BarChartTests : MudTestContext
{
    private static readonly BarChartData Parties = new(["Labour", "Conservative", "Crossbench"],
    [
        new BarSeries("Champion", "#1b5e20", [12, 3, 0]),
        new BarSeries("Opposed", "#c62828", [4, 9, 2]),
    ]);

    [Fact]
    public void Each_value_is_a_bar_stacked_on_the_ones_before_it_in_proportion_to_the_axis()
    {
        // Strict: drawing the chart must need nothing from the browser (MudChart measured its labels there).
        JSInterop.Mode = JSRuntimeMode.Strict;
        var cut = Render<BarChart>(p => p.Add(x => x.Data, Parties).Add(x => x.PlotHeight, 200));

        // Each series is one path, a part for each bar: Champion's in Labour then Conservative, then Opposed's in all three.
        var paths = cut.FindAll("path.bar-chart-bars");
        Assert.Equal(["#1b5e20", "#c62828"], paths.Select(p => p.GetAttribute("fill")));
        var bars = paths.SelectMany(p => Bars(p.GetAttribute("d")!)).ToList();
        // One title a column, over all of it, for hovering anywhere on it.
        Assert.Equal(["Labour: Champion 12, Opposed 4", "Conservative: Champion 3, Opposed 9", "Crossbench: Opposed 2"],
            cut.FindAll("rect.bar-chart-column > title").Select(t => t.TextContent));
        // Tallest bar 16: a step of 5 up to 20, so 200 units for 20 people, 10 a person.
        Assert.Equal(["0", "5", "10", "15", "20"], cut.FindAll("text").Select(t => t.TextContent).Take(5));
        Assert.Equal([120.0, 30, 40, 90, 20], bars.Select(b => b.Height));
        // Labour's Opposed sits on its Champion: its bottom is Champion's top, which is the axis less Champion's height.
        Assert.Equal(bars[0].Y, bars[2].Y + bars[2].Height, 1);
        Assert.Equal(210.0, bars[0].Y + bars[0].Height, 1); // the axis: 10 from the top, plus the plot
        Assert.Equal(bars[0].X, bars[2].X, 1);
    }

    // "M x,y h w v h h -w z" a bar.
    private static IEnumerable<(double X, double Y, double Height)> Bars(string path) =>
        System.Text.RegularExpressions.Regex.Matches(path, @"M([\d.]+),([\d.]+)h[\d.]+v([\d.]+)h-[\d.]+z")
            .Select(m => (D(m.Groups[1].Value), D(m.Groups[2].Value), D(m.Groups[3].Value)));

    private static double D(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [Fact]
    public void The_legend_names_each_series_in_its_colour_and_long_ones_wrap()
    {
        var many = new BarChartData(["Jan"], Enumerable.Range(1, 8).Select(i => new BarSeries($"A rather long series name {i}", $"#00000{i}", [i])).ToList());

        var cut = Render<BarChart>(p => p.Add(x => x.Data, many).Add(x => x.ShowLegend, true));

        var legend = cut.FindAll("g.bar-chart-legend > rect").Select(r => (Fill: r.GetAttribute("fill"), Y: Num(r, "y"))).ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"#00000{i}"), legend.Select(l => l.Fill));
        Assert.True(legend.Select(l => l.Y).Distinct().Count() > 1, "eight long names on one row would run off the chart");
        Assert.Contains("A rather long series name 8", cut.FindAll("g.bar-chart-legend > text").Select(t => t.TextContent));
    }

    [Fact]
    public void An_empty_chart_draws_no_bars_and_a_one_step_axis()
    {
        var cut = Render<BarChart>(p => p.Add(x => x.Data, new BarChartData([], [])));

        Assert.Empty(cut.FindAll("rect, path"));
        Assert.Equal(["0", "1"], cut.FindAll("text").Select(t => t.TextContent));
    }

    [Theory]
    [InlineData(16, 5, 20)]
    [InlineData(3, 1, 3)]
    [InlineData(1234, 500, 1500)]
    [InlineData(0.4, 1, 1)]
    public void The_axis_steps_by_one_two_or_five_times_a_power_of_ten(double max, double step, double top)
    {
        var data = new BarChartData(["x"], [new BarSeries("s", "#000", [max])]);

        Assert.Equal((step, top), data.Scale(5));
    }

    private static double Num(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}

public sealed class DonutChartTests : MudTestContext
{
    [Fact]
    public void Each_slice_is_a_dash_of_its_share_of_the_ring_starting_at_the_top_and_going_clockwise()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        var cut = Render<DonutChart>(p => p.Add(x => x.Slices, [("Contacted", 30.0, "#1976d2"), ("Not contacted", 10.0, "#ef6c00")]));

        var slices = cut.FindAll("circle[stroke]").Select(c => (c.GetAttribute("stroke-dasharray"), c.GetAttribute("stroke-dashoffset"), c.QuerySelector("title")!.TextContent)).ToList();
        Assert.Equal([("75 25", "25", "Contacted: 30"), ("25 75", "-50", "Not contacted: 10")], slices);
        Assert.Equal(["Contacted", "Not contacted"], cut.FindAll(".donut-chart-legend li").Select(li => li.TextContent));
    }

    [Fact]
    public void Nothing_to_count_draws_only_the_track()
    {
        var cut = Render<DonutChart>(p => p.Add(x => x.Slices, [("Contacted", 0.0, "#1976d2"), ("Not contacted", 0.0, "#ef6c00")]));

        Assert.All(cut.FindAll("circle[stroke]"), c => Assert.Equal("0 100", c.GetAttribute("stroke-dasharray")));
    }
}
