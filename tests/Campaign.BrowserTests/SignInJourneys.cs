namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class SignInJourneys(AppServer server) : Journey(server)
{
    [Theory]
    [InlineData(Admin, "Sam Okoro", true)]
    [InlineData(PublicAffairs, "Hannah Mercer", false)]
    [InlineData(Leadership, "Claire Donnelly", false)]
    [InlineData(Coalition, "Gareth Pryce", false)]
    public Task Each_demo_role_signs_in_and_sees_the_overview(string email, string name, bool seesAdministration) =>
        RunAsync($"sign-in-{name}", async page =>
        {
            await SignInAsync(page, email);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Statutory registration of clinical technologists");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = name })).ToBeVisibleAsync();
            var users = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users" });
            if (seesAdministration) await Assertions.Expect(users).ToBeVisibleAsync();
            else await Assertions.Expect(users).ToHaveCountAsync(0);
        });

    [Fact]
    public Task A_wrong_password_is_refused_with_a_message() =>
        RunAsync("sign-in-wrong-password", async page =>
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(Leadership);
            await page.GetByLabel("Password").FillAsync("not my password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not right.");
        });
}
