using System.Text.RegularExpressions;
using Campaign.Web.Components.Errors;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests.Errors;

/// <summary>The page's error boundary: a message with a reference instead of a lost session, and a way back.</summary>
public sealed partial class ErrorBoundaryTests : MudTestContext
{
    private readonly Thrower.FaultToggle _fault = new();

    private IRenderedComponent<PageErrorBoundary> RenderPage() =>
        Render<PageErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(x => x.Fault, _fault)));

    [Fact]
    public void An_exception_in_a_click_shows_a_plain_message_with_the_logged_reference()
    {
        _fault.OnClick = true;
        var cut = RenderPage();

        cut.Find(".thrower-button").Click();

        var alert = cut.Find("[role=alert]").TextContent;
        Assert.Contains("This page stopped because of an error on our side. Everything you had saved is safe.", alert);
        Assert.DoesNotContain("Clicking failed", cut.Markup);
        Assert.Equal("Something went wrong", cut.Find("h1").TextContent.Trim());
        var reference = Reference().Match(alert).Groups[1].Value;
        var entry = Assert.Single(Logs.Entries, e => e.Message.Contains($"Error reference {reference}"));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("Clicking failed (test)", entry.Exception?.Message);
        Assert.Contains(nameof(Thrower), entry.Exception?.StackTrace);
    }

    [Fact]
    public void Try_again_shows_the_page_afresh()
    {
        _fault.OnLoad = true;
        var cut = RenderPage();
        Assert.Contains("Something went wrong", cut.Markup);

        _fault.OnLoad = false;
        cut.FindAll("button").Single(b => b.TextContent.Contains("Try again")).Click();

        Assert.Contains("Loaded 1 time(s)", cut.Find(".thrower-content").TextContent);
        Assert.DoesNotContain("Something went wrong", cut.Markup);
    }

    [Fact]
    public void Going_to_another_page_clears_the_message()
    {
        _fault.OnClick = true;
        var cut = RenderPage();
        cut.Find(".thrower-button").Click();
        Assert.Contains("Something went wrong", cut.Markup);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/interactions");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".thrower-content")));
        Assert.DoesNotContain("Something went wrong", cut.Markup);
    }

    [Fact]
    public void A_dialog_or_menu_that_fails_leaves_a_closable_message_with_its_reference()
    {
        _fault.OnClick = true;
        var cut = Render<OverlayErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(x => x.Fault, _fault)));

        cut.Find(".thrower-button").Click();

        var reference = Reference().Match(cut.Find(".overlay-error [role=alert]").TextContent).Groups[1].Value;
        Assert.Contains(Logs.Entries, e => e.Message.Contains(reference) && e.Exception is not null);
        _fault.OnClick = false;
        cut.FindAll("button").Single(b => b.TextContent.Contains("Close")).Click();
        Assert.NotNull(cut.Find(".thrower-button"));
    }

    [GeneratedRegex("reference ([A-Z0-9]{6})")]
    private static partial Regex Reference();
}
