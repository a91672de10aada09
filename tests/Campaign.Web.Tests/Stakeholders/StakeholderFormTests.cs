using Campaign.Common;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Stakeholders;

public sealed class StakeholderFormTests : MudTestContext
{
    private static StakeholderEditModel Mp() => new()
    {
        Kind = StakeholderKind.MP, GivenName = "Gwen", FamilyName = "Hughes", Party = "Plaid Cymru", Constituency = "Dwyfor Meirionnydd",
    };

    private IRenderedComponent<StakeholderForm> RenderForm(StakeholderEditModel model, Func<StakeholderEditModel, Task<SaveResult>> onSave)
    {
        RenderPopoverProvider();
        return Render<StakeholderForm>(p => p.Add(f => f.Model, model).Add(f => f.OnSave, onSave));
    }

    [Fact]
    public void A_missing_given_name_is_shown_at_the_field_and_nothing_is_saved()
    {
        var saves = 0;
        var model = Mp();
        model.GivenName = "";
        var cut = RenderForm(model, _ => { saves++; return Task.FromResult(SaveResult.Saved(1)); });

        cut.Find("form").Submit();

        Assert.Contains("Enter a given name.", cut.Markup);
        Assert.Equal(0, saves);
    }

    [Fact]
    public void Field_errors_from_the_service_appear_at_their_fields()
    {
        var cut = RenderForm(Mp(), _ => Task.FromResult(SaveResult.Invalid(new Dictionary<string, string[]>
        {
            ["ParliamentMemberId"] = ["Parliament member id 4321 already belongs to another stakeholder."],
        })));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Parliament member id 4321 already belongs to another stakeholder.", cut.Markup));
        Assert.Contains("Nothing was saved", cut.Markup);
    }

    [Fact]
    public void A_conflict_offers_to_reload()
    {
        var reloads = 0;
        RenderPopoverProvider();
        var cut = Render<StakeholderForm>(p => p
            .Add(f => f.Model, Mp())
            .Add(f => f.OnSave, _ => Task.FromResult(SaveResult.Conflict()))
            .Add(f => f.OnReloadRequested, () => reloads++));

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Someone else saved this stakeholder after you opened it", cut.Markup));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Reload their version")).Click();
        Assert.Equal(1, reloads);
    }

    [Fact]
    public void Kind_specific_fields_follow_the_kind()
    {
        var model = Mp();
        var cut = RenderForm(model, _ => Task.FromResult(SaveResult.Saved(1)));
        Assert.Contains("Constituency", cut.Markup);
        Assert.DoesNotContain("Department or directorate", cut.Markup);

        model.Kind = StakeholderKind.CivilServant;
        cut.Render(p => p.Add(f => f.Model, model));

        Assert.DoesNotContain("Constituency", cut.Markup);
        Assert.Contains("Department or directorate", cut.Markup);
    }

    [Fact]
    public void Every_input_has_a_label()
    {
        var cut = RenderForm(Mp(), _ => Task.FromResult(SaveResult.Saved(1)));

        var inputs = cut.FindAll("input:not([type=hidden]), textarea");
        Assert.NotEmpty(inputs);
        Assert.All(inputs, input =>
        {
            var id = input.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id), input.OuterHtml);
            Assert.NotNull(cut.Find($"label[for='{id}']"));
        });
    }

    [Fact]
    public async Task A_save_that_throws_keeps_every_field_and_says_why_and_a_second_save_works()
    {
        UseDatabaseFaults();
        Faults.FailSaves(DatabaseFaults.DatabaseLocked);
        var service = Services.GetRequiredService<StakeholderService>();
        int? saved = null;
        RenderPopoverProvider();
        var cut = Render<StakeholderForm>(p => p
            .Add(f => f.Model, Mp())
            .Add(f => f.OnSave, m => service.CreateAsync(TestActors.PublicAffairs, m))
            .Add(f => f.OnSaved, id => saved = id));
        cut.FindAll("textarea").Last().Change("Sits on the Health Committee.");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Another save is still running, so this one could not finish. Nothing was lost", cut.Find("[role=alert]").TextContent));
        Assert.Contains(cut.FindAll("input"), i => i.GetAttribute("value") == "Dwyfor Meirionnydd");
        Assert.Contains("Sits on the Health Committee.", cut.Markup);
        Assert.Null(saved);

        Faults.Heal();
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal("Sits on the Health Committee.", await Database.WithContextAsync(db => db.Stakeholders.Select(s => s.Notes).SingleAsync()));
    }
}
