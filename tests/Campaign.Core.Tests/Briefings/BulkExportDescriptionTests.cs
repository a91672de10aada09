using Campaign.Briefings;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Core.Tests.Briefings;

public sealed class BulkExportDescriptionTests
{
    [Fact]
    public void No_filters_describe_all_stakeholders() =>
        Assert.Equal("All stakeholders", BulkExportDescription.Of(new StakeholderListQuery { Search = "  " }, null));

    [Fact]
    public void Each_filter_is_described_in_the_directory_order()
    {
        var query = new StakeholderListQuery
        {
            Search = " Dwyfor ", Kind = StakeholderKind.CivilServant, Party = "Plaid Cymru", House = House.Lords,
            Priority = PriorityTier.A, Tag = "health", Status = MembershipStatus.Former, StanceAskId = 4, Stance = Stance.Champion,
        };

        Assert.Equal(
            "Stakeholders: matching “Dwyfor”, kind Civil servant, party Plaid Cymru, House of Lords, priority A, tag health, former, "
            + "champion on Statutory registration", BulkExportDescription.Of(query, "Statutory registration"));
    }

    [Fact]
    public void A_stance_is_described_only_with_its_ask()
    {
        Assert.Equal("All stakeholders", BulkExportDescription.Of(new StakeholderListQuery { Stance = Stance.Opposed }, null));
        Assert.Equal("Stakeholders: kind MP, opposed on an ask",
            BulkExportDescription.Of(new StakeholderListQuery { Kind = StakeholderKind.MP, StanceAskId = 9, Stance = Stance.Opposed }, null));
    }

    [Fact]
    public void Several_stances_read_with_or_and_a_quiet_filter_says_for_how_long()
    {
        var query = new StakeholderListQuery
        {
            Kind = StakeholderKind.MP, Party = "Labour", StanceAskId = 2, Stance = StanceSet.Of([Stance.Neutral, Stance.Supportive]), NotContactedInDays = 90,
        };

        Assert.Equal("Stakeholders: kind MP, party Labour, supportive or neutral on Statutory registration, not contacted in 90 days",
            BulkExportDescription.Of(query, "Statutory registration"));
    }
}
