using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Core.Tests.Stakeholders;

public sealed class StakeholderListQueryTests
{
    private static StakeholderListQuery Read(string query) =>
        StakeholderListQuery.FromQuery(query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""), StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Every_filter_survives_a_round_trip_through_the_query_string()
    {
        var filters = new StakeholderListQuery
        {
            Search = "Dwyfor & Meirionnydd", Kind = StakeholderKind.CivilServant, Party = "Plaid Cymru", House = House.Lords,
            Priority = PriorityTier.B, Tag = "health/committee", Status = MembershipStatus.Former, StanceAskId = 12,
            Stance = Stance.Sceptical, OrganisationId = 7,
        };

        var query = filters.ToQuery();

        Assert.Equal(
            "?q=Dwyfor%20%26%20Meirionnydd&kind=CivilServant&party=Plaid%20Cymru&house=Lords&priority=B&tag=health%2Fcommittee"
            + "&status=Former&ask=12&stance=Sceptical&organisation=7", query);
        Assert.Equal(filters, Read(query));
    }

    [Fact]
    public void No_filters_make_an_empty_query_string()
    {
        Assert.Equal("", new StakeholderListQuery().ToQuery());
        Assert.Equal("", new StakeholderListQuery { Search = "  ", Party = "" }.ToQuery());
        Assert.Equal(new StakeholderListQuery(), Read(""));
    }

    [Fact]
    public void Names_and_values_are_read_whatever_their_case()
    {
        Assert.Equal(new StakeholderListQuery { Kind = StakeholderKind.Peer, Stance = Stance.Champion, StanceAskId = 3 },
            Read("?KIND=peer&stance=CHAMPION&Ask=3"));
    }

    [Fact]
    public void Several_stances_are_written_and_read_as_a_comma_list()
    {
        var query = new StakeholderListQuery { StanceAskId = 2, Stance = StanceSet.Of([Stance.Neutral, Stance.Supportive]), Party = "Labour" };

        Assert.Equal("?party=Labour&ask=2&stance=Supportive%2CNeutral", query.ToQuery());
        Assert.Equal(query, Read(query.ToQuery()));
        Assert.Equal(query, Read("?party=Labour&ask=2&stance=neutral, Wizard ,supportive"));
    }

    [Theory]
    [InlineData("?kind=Wizard")]
    [InlineData("?kind=1")]
    [InlineData("?house=-1")]
    [InlineData("?priority=")]
    [InlineData("?ask=x")]
    [InlineData("?ask=-3")]
    [InlineData("?ask=99999999999")]
    [InlineData("?organisation=1.5")]
    [InlineData("?stance=%20")]
    [InlineData("?q=%20%20&party=&tag=%20")]
    [InlineData("?sort=name&page=2")]
    public void Values_that_do_not_parse_are_ignored_as_if_absent(string query) =>
        Assert.Equal(new StakeholderListQuery(), Read(query));
}
