using Campaign.Dashboard;
using Campaign.Positions;
using Campaign.Web.Components.Pages.Dashboard;

namespace Campaign.Web.Tests.Dashboard;

public sealed class MovementPanelTests : MudTestContext
{
    private static Movement Period(int days, string name, int upTotal) => new(days,
        [new MovementEntry(7, name, 1, "Registration", Stance.Neutral, Stance.Supportive, new DateOnly(2026, 11, 20))], [], [], upTotal, 0, 0);

    [Fact]
    public void The_first_period_shows_and_the_toggle_switches_to_the_other()
    {
        var cut = Render<MovementPanel>(p => p.Add(x => x.Periods, [Period(30, "Gwen Hughes", 1), Period(90, "Tom Ashby", 60)]));

        Assert.Equal(["true", "false"], cut.FindAll("[role=group][aria-label=Period] button").Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal("Gwen Hughes", cut.Find("li a[href='/stakeholders/7']").TextContent);
        Assert.Contains("on Registration: Neutral → Supportive, 20 Nov 2026", cut.Find("li").TextContent);
        Assert.Equal(["Moved up (1)", "Moved down (0)", "Newly known (0)"], cut.FindAll("h3").Select(h => h.TextContent));

        cut.FindAll("[role=group] button")[1].Click();

        Assert.Equal(["false", "true"], cut.FindAll("[role=group] button").Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal("Tom Ashby", cut.Find("li a").TextContent);
        Assert.Contains("The 1 most recent of 60.", cut.Markup);
    }

    [Fact]
    public void A_long_list_shows_its_first_ten_until_asked_for_the_rest()
    {
        var many = new Movement(30, Enumerable.Range(1, 15)
            .Select(i => new MovementEntry(i, $"Person {i}", 1, "Registration", Stance.Neutral, Stance.Supportive, new DateOnly(2026, 11, 20))).ToList(), [], [], 15, 0, 0);
        var cut = Render<MovementPanel>(p => p.Add(x => x.Periods, [many, Period(90, "Tom Ashby", 1)]));

        Assert.Equal(MovementList.FirstShown, cut.FindAll("li").Count);
        var more = cut.Find("button[aria-controls]");
        Assert.Equal(("Show 5 more", "false"), (more.TextContent.Trim(), more.GetAttribute("aria-expanded")));
        Assert.Equal(more.GetAttribute("aria-controls"), cut.Find("ul.compact-list").Id);

        more.Click();
        Assert.Equal(15, cut.FindAll("li").Count);
        Assert.Equal(("Show fewer", "true"), (cut.Find("button[aria-controls]").TextContent.Trim(), cut.Find("button[aria-controls]").GetAttribute("aria-expanded")));

        // The other period, and back: short again.
        cut.FindAll("[role=group] button")[1].Click();
        cut.FindAll("[role=group] button")[0].Click();
        Assert.Equal(MovementList.FirstShown, cut.FindAll("li").Count);
    }
}
