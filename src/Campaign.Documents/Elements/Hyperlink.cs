using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Makes the area of its content a clickable link to an external URL.</summary>
internal sealed class Hyperlink : ContainerElement
{
    public required string Url { get; init; }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.HasContent)
            Canvas.AddLink(Url, 0, 0, Math.Min(plan.Width, available.Width), Math.Min(plan.Height, available.Height));
        Child.Draw(available);
    }

    public override string Describe() => $"Hyperlink({Url})";
}
