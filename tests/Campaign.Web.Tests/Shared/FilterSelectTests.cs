using Campaign.Stakeholders;
using Campaign.Web.Components.Shared;

namespace Campaign.Web.Tests.Shared;

public sealed class FilterSelectTests : MudTestContext
{
    private static readonly (StakeholderKind?, string)[] Kinds = [(StakeholderKind.MP, "MP"), (StakeholderKind.Peer, "Peer"), (StakeholderKind.CivilServant, "Civil servant")];

    [Fact]
    public void Its_label_names_the_select_and_the_current_value_is_the_chosen_option()
    {
        var cut = Render<FilterSelect<StakeholderKind?>>(p => p.Add(x => x.Label, "Kind").Add(x => x.Options, Kinds).Add(x => x.Value, StakeholderKind.Peer));

        var select = cut.Find("select");
        Assert.Equal("Kind", cut.Find($"label[for='{select.Id}']").TextContent);
        Assert.Equal(["Any", "MP", "Peer", "Civil servant"], select.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal(["Peer"], select.QuerySelectorAll("option[selected]").Select(o => o.TextContent));
    }

    [Fact]
    public void Choosing_an_option_hands_back_its_value_and_any_clears_the_filter()
    {
        var chosen = new List<StakeholderKind?>();
        var cut = Render<FilterSelect<StakeholderKind?>>(p => p.Add(x => x.Label, "Kind").Add(x => x.Options, Kinds)
            .Add(x => x.ValueChanged, (StakeholderKind? v) => chosen.Add(v)));
        Assert.Equal(["Any"], cut.FindAll("option[selected]").Select(o => o.TextContent));

        cut.Find("select").Change("2");
        cut.Find("select").Change("");

        Assert.Equal([StakeholderKind.CivilServant, null], chosen);
    }

    [Fact]
    public void Its_help_is_tied_to_it_and_a_disabled_filter_cannot_be_changed()
    {
        var cut = Render<FilterSelect<string>>(p => p.Add(x => x.Label, "Tag").Add(x => x.Options, [("urgent", "urgent")])
            .Add(x => x.Disabled, true).Add(x => x.HelperText, "Choose an ask first"));

        var select = cut.Find("select");
        Assert.True(select.HasAttribute("disabled"));
        Assert.Equal("Choose an ask first", cut.Find("#" + select.GetAttribute("aria-describedby")).TextContent);
        Assert.NotEqual(select.Id, Render<FilterSelect<string>>(p => p.Add(x => x.Label, "Party").Add(x => x.Options, [])).Find("select").Id);
    }

    [Fact]
    public void A_required_choice_offers_no_any()
    {
        var chosen = new List<int>();
        var cut = Render<FilterSelect<int>>(p => p.Add(x => x.Label, "Ask shown in the charts").Add(x => x.Required, true).Add(x => x.Value, 9)
            .Add(x => x.Options, [(4, "Registration"), (9, "PGD")]).Add(x => x.ValueChanged, (int v) => chosen.Add(v)));

        Assert.Equal(["Registration", "PGD"], cut.FindAll("option").Select(o => o.TextContent));
        Assert.Equal(["PGD"], cut.FindAll("option[selected]").Select(o => o.TextContent));
        cut.Find("select").Change("0");
        Assert.Equal([4], chosen);
    }
}
