using Campaign.Common;
using Campaign.Organisations;
using Campaign.Stakeholders;

namespace Campaign.Core.Tests.Common;

public sealed class EnumTextTests
{
    [Theory]
    [InlineData("Peer", StakeholderKind.Peer)]
    [InlineData("civilservant", StakeholderKind.CivilServant)]
    [InlineData(" MP ", StakeholderKind.MP)]
    public void A_name_is_read_ignoring_case_and_surrounding_spaces(string text, StakeholderKind expected)
    {
        Assert.True(EnumText.TryParse<StakeholderKind>(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("Civil servant")]
    [InlineData("Minister")]
    public void Numbers_words_and_unknown_names_are_refused(string? text) =>
        Assert.Null(EnumText.Parse<StakeholderKind>(text));

    [Fact]
    public void Words_as_the_app_writes_them_are_read_where_asked_for()
    {
        Assert.True(EnumText.TryParseWords<StakeholderKind>("Civil servant", out var kind));
        Assert.Equal(StakeholderKind.CivilServant, kind);
        Assert.True(EnumText.TryParseWords<OrganisationKind>("Arm’s-length body", out var organisation));
        Assert.Equal(OrganisationKind.ArmsLengthBody, organisation);
    }
}
