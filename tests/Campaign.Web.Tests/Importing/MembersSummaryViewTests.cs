using Campaign.Importing.Parliament;
using Campaign.Web.Components.Pages.Importing;

namespace Campaign.Web.Tests.Importing;

public sealed class MembersSummaryViewTests : MudTestContext
{
    [Fact]
    public async Task A_long_list_of_new_people_shows_the_first_fifty_until_asked_for_all()
    {
        var added = Enumerable.Range(1, 60).Select(i => new MemberRef(null, 1000 + i, $"Person {i:00}", "Labour")).ToList();
        var summary = new MembersChangeSummary(ParliamentMembersSync.SourceName, DateTimeOffset.UnixEpoch, null, 60, added, [], [], 0);

        var cut = Render<MembersSummaryView>(p => p.Add(x => x.Summary, summary).Add(x => x.Title, "What the refresh will change"));

        Assert.Equal(50, cut.FindAll("li").Count);
        await cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Show all 60 new people").Click());
        Assert.Equal(60, cut.FindAll("li").Count);
        Assert.Contains("Person 60", cut.Markup);
    }
}
