using Campaign.Web.Components.Pages.Dashboard;
using Microsoft.AspNetCore.Components;

namespace Campaign.Web.Tests.Dashboard;

public sealed class ChartPanelTests : BunitContext
{
    private IRenderedComponent<ChartPanel> RenderPanel(bool withTable = true) => Render<ChartPanel>(p => p
        .Add(c => c.Title, "Engagement over time")
        .Add(c => c.Description, "Interactions per month")
        .Add(c => c.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<svg aria-hidden=\"true\"></svg>")))
        .Add(c => c.Table, withTable ? b => b.AddMarkupContent(0, "<table><tr><td>March</td><td>12</td></tr></table>") : null));

    /// <summary>The text of every element an idref attribute names, failing if one is missing.</summary>
    private static string Referenced(IRenderedComponent<ChartPanel> panel, AngleSharp.Dom.IElement element, string attribute) =>
        string.Join(" | ", element.GetAttribute(attribute)!.Split(' ').Select(id =>
            panel.Find($"#{id}").TextContent.Trim()));

    [Fact]
    public void A_chart_is_a_figure_named_by_its_title_and_described_by_its_description_and_where_its_numbers_are()
    {
        var panel = RenderPanel();
        var figure = panel.Find("[role=figure]");

        Assert.Equal("Engagement over time", Referenced(panel, figure, "aria-labelledby"));
        Assert.Equal("Interactions per month | The numbers behind this chart are in a table: choose Show the numbers.",
            Referenced(panel, figure, "aria-describedby"));
        Assert.Equal("Engagement over time", Referenced(panel, panel.Find("section"), "aria-labelledby"));
    }

    [Fact]
    public void Once_shown_the_table_describes_the_chart()
    {
        var panel = RenderPanel();

        panel.Find("button[aria-expanded]").Click();

        var figure = panel.Find("[role=figure]");
        Assert.Equal("Interactions per month | March12", Referenced(panel, figure, "aria-describedby"));
        Assert.Equal("true", panel.Find("button[aria-expanded]").GetAttribute("aria-expanded"));
        Assert.Equal(figure.GetAttribute("aria-describedby")!.Split(' ')[1], panel.Find("button[aria-expanded]").GetAttribute("aria-controls"));
    }

    [Fact]
    public void A_panel_without_numbers_is_not_a_figure()
    {
        var panel = RenderPanel(withTable: false);

        Assert.Empty(panel.FindAll("[role=figure]"));
        Assert.Single(panel.FindAll("svg"));
    }
}
