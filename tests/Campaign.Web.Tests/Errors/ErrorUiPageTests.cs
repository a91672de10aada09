using System.Text.RegularExpressions;

namespace Campaign.Web.Tests.Errors;

/// <summary>The page as served: the session-ended bar and the reconnect dialog are there, usable without inline script.</summary>
public sealed partial class ErrorUiPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_page_carries_the_session_ended_bar_with_a_keyboard_usable_reload_and_dismiss()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var html = await client.GetStringAsync("/interactions/new");

        var bar = ErrorBar().Match(html);
        Assert.True(bar.Success, "no #blazor-error-ui");
        Assert.Contains("role=\"alert\"", bar.Value);
        Assert.Contains("Something went wrong and this page stopped working.", bar.Value);
        // blazor.web.js wires these by class: a link (focusable, with href) and a real button.
        Assert.Matches("<a href(=\"[^\"]*\")? class=\"reload\">Reload the page</a>", bar.Value);
        Assert.Matches("<button type=\"button\" class=\"dismiss\" aria-label=\"Hide this message\">", bar.Value);
        Assert.DoesNotMatch("\\son[a-z]+=", bar.Value);
        Assert.Contains("id=\"components-reconnect-modal\"", html);
        Assert.Contains("Connection lost", html);
    }

    [GeneratedRegex("<div id=\"blazor-error-ui\"[\\s\\S]*?</div>")]
    private static partial Regex ErrorBar();
}
