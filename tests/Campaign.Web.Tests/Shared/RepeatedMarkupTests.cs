using Campaign.Dashboard;
using Campaign.Positions;
using Campaign.Engagements;
using Campaign.Stakeholders;
using Campaign.Web.Components.Pages.Dashboard;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

namespace Campaign.Web.Tests.Shared;

/// <summary>
/// Razor sends a line break between two elements, or text with a character such as "→" or "·" in it, as a markup frame,
/// which blazor.web.js inserts by handing it to the browser's HTML parser, one parse each: the dashboard's lists made
/// 390 of them a visit, and a profile's timeline four an entry. What repeats per entry is elements and text only.
/// </summary>
public sealed class RepeatedMarkupTests
{
    private static int MarkupFrames(Action<RenderTreeBuilder> build)
    {
        var builder = new RenderTreeBuilder();
        build(builder);
#pragma warning disable BL0006 // The render tree's frames are what is tested here.
        var frames = builder.GetFrames();
        return frames.Array.Take(frames.Count).Count(f => f.FrameType == RenderTreeFrameType.Markup);
#pragma warning restore BL0006
    }

    private sealed class MovementListProbe : MovementList
    {
        public int MarkupFor(int entries)
        {
            Title = "Moved up";
            Entries = Enumerable.Range(1, entries)
                .Select(i => new MovementEntry(i, $"Person {i}", 1, "Registration", Stance.Neutral, Stance.Supportive, new DateOnly(2026, 11, 20))).ToList();
            Total = entries;
            return MarkupFrames(BuildRenderTree);
        }
    }

    private sealed class BarChartProbe : BarChart
    {
        public int MarkupFor(int bars)
        {
            Data = new BarChartData(Enumerable.Range(1, bars).Select(i => $"M{i}").ToList(),
                [new BarSeries("Meetings", "#000", Enumerable.Range(1, bars).Select(i => (double)i).ToList()), new BarSeries("Calls", "#111", Enumerable.Repeat(1.0, bars).ToList())]);
            ShowLegend = true;
            OnParametersSet();
            return MarkupFrames(BuildRenderTree);
        }
    }

    [Fact]
    public void A_movement_list_sends_no_markup_per_entry() =>
        Assert.Equal(new MovementListProbe().MarkupFor(1), new MovementListProbe().MarkupFor(30));

    [Fact]
    public void A_bar_chart_sends_no_markup_per_bar_grid_line_or_legend_entry() =>
        Assert.Equal(new BarChartProbe().MarkupFor(1), new BarChartProbe().MarkupFor(24));

    private sealed class TimelineEntryProbe : TimelineEntryItem
    {
        public int MarkupFor(TimelineEntry entry)
        {
            Entry = entry;
            Now = new DateTime(2026, 11, 26);
            return MarkupFrames(BuildRenderTree);
        }
    }

    [Fact]
    public void A_timeline_entry_of_any_kind_sends_no_markup()
    {
        var when = new DateTime(2026, 11, 20);
        var position = new PositionView(1, 1, "Registration", Stance.Supportive, new DateOnly(2026, 11, 20), EvidenceKind.Meeting,
            null, null, null, "We back it.", Confidence.Confirmed, "Hannah", IsConfidential: true);
        TimelineEntry[] entries =
        [
            new(when, TimelineKind.Interaction, "Meeting at Portcullis House", 3, InteractionKind.Meeting, IsConfidential: true),
            new(when.AddDays(10), TimelineKind.Interaction, "Planned call", 4, InteractionKind.Call),
            new(when, TimelineKind.PositionChange, "Registration", Position: position, PreviousStance: Stance.Neutral),
            new(when, TimelineKind.FollowUp, "Send the briefing", FollowUp: new FollowUpView(5, "Send the briefing", new DateOnly(2026, 11, 1), FollowUpStatus.Open, null, null)),
        ];
        Assert.All(entries, entry => Assert.Equal(0, new TimelineEntryProbe().MarkupFor(entry)));
    }
}
