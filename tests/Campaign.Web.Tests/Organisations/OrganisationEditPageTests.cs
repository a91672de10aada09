using Campaign.Web.Components.Pages.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Organisations;

public sealed class OrganisationEditPageTests : MudTestContext
{
    [Fact]
    public async Task A_save_that_throws_keeps_what_was_typed_and_saves_when_tried_again()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("Organisation save failed (test)"));
        RenderPopoverProvider();
        var cut = Render<OrganisationEditPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("form")), TimeSpan.FromSeconds(20));
        cut.Find("input[type=text]").Change("Association of Clinical Technologists");
        cut.Find("textarea").Change("Met at the October reception.");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", cut.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Matches("reference [A-Z0-9]{6}", cut.Find("[role=alert]").TextContent);
        Assert.Equal("Association of Clinical Technologists", cut.Find("input[type=text]").GetAttribute("value"));
        Assert.Contains("Met at the October reception.", cut.Find("textarea").TextContent + cut.Find("textarea").GetAttribute("value"));
        Assert.Equal(0, await Database.WithContextAsync(db => db.Organisations.CountAsync()));

        Faults.Heal();
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.EndsWith("/organisations/1", Services.GetRequiredService<NavigationManager>().Uri), TimeSpan.FromSeconds(20));
        Assert.Equal("Association of Clinical Technologists", await Database.WithContextAsync(db => db.Organisations.Select(o => o.Name).SingleAsync()));
    }
}
