using Campaign.Dashboard;
using Campaign.Positions;
using Campaign.Web.Components.Pages.Dashboard;

namespace Campaign.Web.Tests.Dashboard;

public sealed class PowerInterestGridTests : MudTestContext
{
    [Fact]
    public void Each_dot_is_a_link_coloured_by_its_stance_through_one_rule_a_stance_not_a_style_of_its_own()
    {
        GridPerson[] people =
        [
            new(1, "Alice Adams", 5, 4, new Dictionary<int, Stance> { [7] = Stance.Champion }),
            new(2, "Ben Baker", 5, 4, new Dictionary<int, Stance> { [7] = Stance.Opposed }),
            new(3, "Cara Clarke", 1, 2, new Dictionary<int, Stance>()),
        ];
        var cut = Render<PowerInterestGrid>(p => p.Add(x => x.People, people).Add(x => x.Cells, [new GridCell(5, 4, 9)]).Add(x => x.AskId, 7));

        var dots = cut.FindAll("a.pi-dot");
        Assert.Equal(["/stakeholders/1", "/stakeholders/2", "/stakeholders/3"], dots.Select(d => d.GetAttribute("href")));
        Assert.Equal(["Alice Adams, influence 5, interest 4: Champion", "Ben Baker, influence 5, interest 4: Opposed", "Cara Clarke, influence 1, interest 2: Unknown"],
            dots.Select(d => d.GetAttribute("aria-label")));
        Assert.All(cut.FindAll(".pi-dot"), dot => Assert.Null(dot.GetAttribute("style")));

        // The class each dot carries is given the stance's chart colour by the grid's rules.
        var rules = cut.Find("style").TextContent;
        foreach (var (dot, stance) in dots.Zip([Stance.Champion, Stance.Opposed, Stance.Unknown]))
        {
            var colourClass = dot.ClassList.Single(c => c.StartsWith("pi-dot-", StringComparison.Ordinal));
            Assert.Contains($".{colourClass}{{background:{StancePalette.Of(stance)}}}", rules, StringComparison.Ordinal);
        }
        // A cell counts everyone targeted there when the count is known, else the dots it shows.
        Assert.Equal(["9", "1"], cut.FindAll(".pi-count").Select(c => c.TextContent));
    }
}
