namespace Campaign.Web.Components.Pages.Dashboard;

/// <summary>One series of a <see cref="BarChart"/>: a value for each of the chart's labels, drawn in one colour.</summary>
public sealed record BarSeries(string Name, string Colour, IReadOnlyList<double> Values);

/// <summary>What a <see cref="BarChart"/> draws: a bar for each label, its series stacked in order from the axis up.</summary>
public sealed record BarChartData(IReadOnlyList<string> Labels, IReadOnlyList<BarSeries> Series)
{
    /// <summary>Colours for series that have no colours of their own (contact kinds, partners).</summary>
    public static readonly string[] Palette = ["#1976d2", "#00897b", "#f9a825", "#ef6c00", "#5e35b1", "#43a047", "#0288d1", "#6d4c41"];

    public double Total(int label) => Series.Sum(s => s.Values[label]);

    /// <summary>The value axis: a round step (1, 2 or 5 times a power of ten) giving about <paramref name="lines"/> lines to the top.</summary>
    public (double Step, double Top) Scale(int lines)
    {
        var max = Enumerable.Range(0, Labels.Count).Select(Total).DefaultIfEmpty(0).Max();
        if (max <= 0) return (1, 1);
        var rough = max / lines;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        // Counts are whole numbers: a step below one would label the axis 0.2, 0.4...
        step = Math.Max(1, step);
        return (step, Math.Ceiling(max / step) * step);
    }
}
