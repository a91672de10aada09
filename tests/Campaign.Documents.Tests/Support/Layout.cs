using Campaign.Documents.Elements;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Tests.Support;

/// <summary>Builds an element tree through the public fluent API and exposes it for measuring and drawing directly.</summary>
internal sealed class Layout
{
    private readonly Container root = new();

    private Layout(Action<IContainer> compose, TextStyle? style)
    {
        compose(root);
        LayoutTree.Prepare(root, Context, style ?? TextStyle.Default);
        Context.Canvas = Canvas;
    }

    public RenderContext Context { get; } = new();

    public RecordingCanvas Canvas { get; } = new();

    public static Layout Of(Action<IContainer> compose, TextStyle? style = null) => new(compose, style);

    public SpacePlan Measure(double width, double height) => root.Measure(new Size(width, height));

    public void Draw(double width, double height) => root.Draw(new Size(width, height));

    /// <summary>Measures, then draws what fits, like one page of the page loop; returns the plan.</summary>
    public SpacePlan Page(double width, double height)
    {
        var plan = Measure(width, height);
        if (plan.HasContent)
        {
            Canvas.BeginPage(new PageSize(width, height), null);
            Draw(width, height);
        }

        return plan;
    }
}

/// <summary>Adds test-only elements to the fluent API.</summary>
internal static class TestContainerExtensions
{
    public static Box Box(this IContainer container, double width, double height) => container.Fill(new Box(width, height));
}
