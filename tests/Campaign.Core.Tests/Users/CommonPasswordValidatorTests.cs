using Campaign.Users;

namespace Campaign.Core.Tests.Users;

public sealed class CommonPasswordValidatorTests
{
    private static readonly CampaignUser User = new() { UserName = "hannah.mercer@westbridge.example", Email = "hannah.mercer@westbridge.example" };

    private static async Task<string?> ErrorFor(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, User, password);
        return result.Succeeded ? null : result.Errors.Single().Code;
    }

    [Fact]
    public void Ships_at_least_ten_thousand_common_passwords() => Assert.True(CommonPasswordValidator.ListSize >= 10_000);

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("123QWEASDZXC")]
    [InlineData("sunshine2026!!")]
    [InlineData("liverpool1234")]
    public async Task Common_passwords_and_common_words_with_digits_added_are_refused(string password) =>
        Assert.Equal("CommonPassword", await ErrorFor(password));

    [Fact]
    public async Task A_password_containing_the_email_name_is_refused() =>
        Assert.Equal("PasswordContainsUserName", await ErrorFor("my hannah.mercer pass"));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("campaign demo 2026")]
    [InlineData("ipem-rct-bnms-coalition")]
    public async Task Long_uncommon_passphrases_pass_with_no_composition_rules(string password) =>
        Assert.Null(await ErrorFor(password));
}
