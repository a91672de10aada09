using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Campaign.Users;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Stakeholders;

/// <summary>The profile's "From Parliament" card: nothing is asked of Parliament until staff click, and "Use" fills only empty fields.</summary>
public sealed class ParliamentDetailsCardTests : MudTestContext, IAsyncLifetime
{
    private const int MemberId = 5150;
    private FakeMembersApi _api = null!;
    private MembersSyncHarness _harness = null!;
    private int _changed;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _api = await FakeMembersApi.StartAsync([]);
        _harness = new MembersSyncHarness(Database, _api.BaseUrl);
        Services.AddTransient(_ => _harness.Details());
        _api.Details[MemberId] = new FakeMemberDetails(
            [FakeMemberDetails.Office("Parliamentary office", "cara.lloyd.mp@parliament.example", "020 7946 0100", preferred: true, "House of Commons", "London", "SW1A 0AA")],
            "Cara Lloyd, a <b>Labour</b> MP, represents Exampleton.",
            [FakeMemberDetails.Area("Political interests", "Health", "Science")]);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await _harness.DisposeAsync();
        await _api.DisposeAsync();
    }

    private async Task<int> PersonAsync() => await Database.WithContextAsync(async db =>
    {
        var person = new Builder(db).Person("Cara", "Lloyd", StakeholderKind.MP, s =>
        {
            s.ParliamentMemberId = MemberId;
            s.Email = "cara@constituency.example";
        });
        await db.SaveChangesAsync();
        return person.Id;
    });

    private IRenderedComponent<ParliamentDetailsCard> RenderCard(int id) =>
        Render<ParliamentDetailsCard>(p => p.Add(x => x.StakeholderId, id).Add(x => x.Changed, () => _changed++));

    private static void Click(IRenderedComponent<ParliamentDetailsCard> cut, Func<AngleSharp.Dom.IElement, bool> which) =>
        cut.InvokeAsync(() => cut.FindAll("button").Single(which).Click()).GetAwaiter().GetResult();

    [Fact]
    public async Task Looking_up_shows_the_synopsis_focus_and_contact_details_and_Use_fills_only_the_empty_ones()
    {
        var id = await PersonAsync();
        var cut = RenderCard(id);
        Assert.Equal(0, _api.Count()); // a profile never waits for Parliament

        Click(cut, b => b.TextContent.Trim() == "Look up in Parliament");

        cut.WaitForAssertion(() => Assert.Contains("Cara Lloyd, a Labour MP, represents Exampleton.", cut.Markup));
        Assert.Contains("Health, Science", cut.Markup);
        Assert.Contains("ours is kept: cara@constituency.example", cut.Markup);
        var use = cut.FindAll("button").Where(b => b.TextContent.Trim() == "Use").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Use Parliament's telephone for this person", "Use Parliament's address for this person"], use);

        Click(cut, b => b.GetAttribute("aria-label") == "Use Parliament's telephone for this person");

        cut.WaitForAssertion(() => Assert.Contains("Telephone saved from Parliament.", cut.Markup));
        Assert.Equal(1, _changed);
        var saved = await Database.WithContextAsync(db => db.Stakeholders.SingleAsync(s => s.Id == id));
        Assert.Equal(("020 7946 0100", "cara@constituency.example"), (saved.Phone, saved.Email));
        Assert.Contains("as we have it", cut.Markup);
    }

    [Fact]
    public async Task Leadership_can_read_Parliament_details_but_is_offered_no_Use_button()
    {
        SignInAs(Roles.Leadership);
        var cut = RenderCard(await PersonAsync());

        Click(cut, b => b.TextContent.Trim() == "Look up in Parliament");

        cut.WaitForAssertion(() => Assert.Contains("House of Commons, London, SW1A 0AA", cut.Markup));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Use");
    }

    [Fact]
    public async Task A_failing_lookup_says_why_and_can_be_tried_again()
    {
        var id = await PersonAsync();
        // The first try and its three retries fail; the next try succeeds.
        _api.Inject(new Fault(FaultKind.Status, times: 4) { Where = r => r.Path.Value!.EndsWith("/Contact", StringComparison.Ordinal) });
        var cut = RenderCard(id);

        Click(cut, b => b.TextContent.Trim() == "Look up in Parliament");

        cut.WaitForAssertion(() => Assert.Contains($"Parliament's Members API answered 500 (Internal Server Error) for the contact details of member {MemberId}, also when asked again.", cut.Markup));
        Click(cut, b => b.TextContent.Trim() == "Try again");

        cut.WaitForAssertion(() => Assert.Contains("Cara Lloyd, a Labour MP, represents Exampleton.", cut.Markup));
    }
}
