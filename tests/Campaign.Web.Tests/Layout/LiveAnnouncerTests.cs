using Campaign.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Campaign.Web.Tests.Layout;

public sealed class LiveAnnouncerTests : BunitContext
{
    public LiveAnnouncerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private string Region(IRenderedComponent<LiveAnnouncer> announcer, string politeness) =>
        announcer.Find($"[data-announce='{politeness}']").TextContent;

    [Fact]
    public void A_save_is_read_out_politely_from_a_region_that_was_there_before_it()
    {
        var announcer = Render<LiveAnnouncer>();
        Assert.Equal("", Region(announcer, "polite"));
        Assert.Equal("status", announcer.Find("[data-announce='polite']").GetAttribute("role"));

        Services.GetRequiredService<ISnackbar>().Add("Interaction saved.", Severity.Success);

        announcer.WaitForAssertion(() => Assert.Equal("Interaction saved.", Region(announcer, "polite")));
        Assert.Equal("", Region(announcer, "assertive"));
    }

    [Fact]
    public void A_failure_interrupts()
    {
        var announcer = Render<LiveAnnouncer>();

        Services.GetRequiredService<ISnackbar>().Add("The briefing pack could not be made.", Severity.Error);

        announcer.WaitForAssertion(() => Assert.Equal("The briefing pack could not be made.", Region(announcer, "assertive")));
        Assert.Equal("alert", announcer.Find("[data-announce='assertive']").GetAttribute("role"));
        Assert.Equal("", Region(announcer, "polite"));
    }

    [Fact]
    public void The_same_words_twice_are_read_out_twice()
    {
        var announcer = Render<LiveAnnouncer>();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        snackbar.Configuration.PreventDuplicates = false;

        snackbar.Add("Saved.", Severity.Success);
        announcer.WaitForAssertion(() => Assert.Equal("Saved.", Region(announcer, "polite")));
        snackbar.Add("Saved.", Severity.Success);

        announcer.WaitForAssertion(() => Assert.NotEqual("Saved.", Region(announcer, "polite")));
        Assert.Equal("Saved.", Region(announcer, "polite").TrimEnd('\u00a0'));
    }
}
