using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Campaign.Calendar;
using Campaign.Users;
using Campaign.Web.Components.Pages.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Calendar;

public sealed class CalendarFeedPageTests : MudTestContext
{
    private string _userId = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<CalendarFeedService>();
        await using var db = Database.CreateDbContext();
        var user = new CampaignUser { UserName = "hannah@westbridge.example", DisplayName = "Hannah Mercer" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        _userId = user.Id;
        // The feed belongs to the signed-in user, so the page's actor needs their id.
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Hannah Mercer");
        authorization.SetRoles(Roles.PublicAffairs);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, _userId));
    }

    private Task<List<CalendarFeedToken>> TokensAsync() => Database.WithContextAsync(db => db.CalendarFeedTokens.OrderBy(t => t.Id).ToListAsync());

    [Fact]
    public async Task Create_shows_the_address_once_and_revoke_asks_first_then_stops_the_feed()
    {
        RenderPopoverProvider();
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<CalendarFeedPage>();
        cut.WaitForAssertion(() => Assert.Contains("You have no calendar feed.", cut.Markup));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Create feed")).Click();

        cut.WaitForAssertion(() => Assert.Contains("it will not be shown again", cut.Markup));
        var url = cut.Find(".feed-url input").GetAttribute("value")!;
        Assert.StartsWith("http://localhost/calendar/", url);
        Assert.EndsWith(".ics", url);
        var token = url["http://localhost/calendar/".Length..^".ics".Length];
        var row = Assert.Single(await TokensAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), row.TokenHash);
        Assert.Contains("leaves out confidential", cut.Find(".feed-status").TextContent);

        // Shown once: the same page opened again has the feed but not its address.
        var again = Render<CalendarFeedPage>();
        again.WaitForAssertion(() => Assert.Contains("Created", again.Find(".feed-status").TextContent));
        Assert.DoesNotContain(token, again.Markup);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Revoke")).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Revoke your calendar feed?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        cut.WaitForAssertion(() => Assert.Contains("You have no calendar feed.", cut.Markup));
        Assert.DoesNotContain(token, cut.Markup);
        Assert.NotNull(Assert.Single(await TokensAsync()).RevokedAt);
    }
}
