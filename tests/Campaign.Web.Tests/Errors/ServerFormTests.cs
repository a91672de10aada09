using System.Text.RegularExpressions;
using Campaign.Common;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests.Errors;

/// <summary>
/// The shared form plumbing (ServerForm + SaveStatus): each outcome of a save has its own message, and a save that
/// throws keeps what was typed and can simply be made again.
/// </summary>
public sealed partial class ServerFormTests : MudTestContext
{
    private readonly SampleModel _model = new();
    private int _saved;

    private IRenderedComponent<SampleForm> RenderForm(Func<SampleModel, Task<SaveResult>> onSave, Action? reload = null) =>
        Render<SampleForm>(p => p
            .Add(f => f.Model, _model)
            .Add(f => f.OnSave, onSave)
            .Add(f => f.OnSaved, id => _saved = id)
            .Add(f => f.OnReloadRequested, () => reload?.Invoke()));

    private static void TypeName(IRenderedComponent<SampleForm> cut, string name) => cut.Find("#sample-name").Change(name);

    private static string Alert(IRenderedComponent<SampleForm> cut) => cut.Find("[role=alert]").TextContent;

    [Fact]
    public void A_save_that_throws_keeps_the_input_shows_a_reference_and_saves_when_tried_again()
    {
        var fail = true;
        var cut = RenderForm(m => fail ? throw new InvalidOperationException("The disk is on fire (test)") : Task.FromResult(SaveResult.Saved(42)));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", Alert(cut)));
        Assert.Contains("What you entered is still here: press Save again.", Alert(cut));
        var reference = Reference().Match(Alert(cut)).Groups[1].Value;
        Assert.Equal("Gwen Hughes", cut.Find("#sample-name").GetAttribute("value"));
        Assert.Equal("Gwen Hughes", _model.Name);
        Assert.DoesNotContain("disk is on fire", cut.Markup);
        Assert.Equal(0, _saved);

        // The log holds the same reference with the exception itself, stack and all.
        var entry = Assert.Single(Logs.Entries, e => e.Message.Contains(reference));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("The disk is on fire (test)", entry.Exception?.Message);
        Assert.NotNull(entry.Exception?.StackTrace);

        fail = false;
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(42, _saved));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_lock_wait_says_another_save_is_running_and_nothing_was_lost()
    {
        var cut = RenderForm(_ => throw new DbUpdateException("saving", DatabaseFaults.DatabaseLocked()));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Another save is still running, so this one could not finish. Nothing was lost: press Save again in a moment.", Alert(cut)));
        Assert.DoesNotContain("reference", Alert(cut));
        Assert.Equal("Gwen Hughes", cut.Find("#sample-name").GetAttribute("value"));
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("LockWait", StringComparison.Ordinal) && e.Exception is not null);
    }

    [Fact]
    public void A_conflict_says_someone_else_saved_first_and_offers_their_version()
    {
        var reloads = 0;
        var cut = RenderForm(_ => Task.FromResult(SaveResult.Conflict()), () => reloads++);
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Someone else saved this sample after you opened it, so your changes were not saved.", Alert(cut)));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Reload their version")).Click();
        Assert.Equal(1, reloads);
    }

    [Fact]
    public void A_concurrency_exception_the_service_did_not_catch_is_shown_as_the_same_conflict()
    {
        var cut = RenderForm(_ => throw new DbUpdateConcurrencyException("0 rows affected"));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Someone else saved this sample after you opened it", Alert(cut)));
        Assert.Equal("Gwen Hughes", cut.Find("#sample-name").GetAttribute("value"));
    }

    [Fact]
    public void A_validation_failure_shows_the_message_at_its_field_and_says_nothing_was_saved()
    {
        var cut = RenderForm(_ => Task.FromResult(SaveResult.Invalid(new Dictionary<string, string[]> { ["Name"] = ["Someone by this name is already here."] })));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Nothing was saved: please correct the fields marked above.", Alert(cut)));
        Assert.Contains("Someone by this name is already here.", cut.Markup);

        // The message judged the old value: changing the field clears it.
        TypeName(cut, "Gwen Hughes-Jones");
        Assert.DoesNotContain("Someone by this name is already here.", cut.Markup);
    }

    [Fact]
    public void A_refused_role_gets_a_plain_permission_message()
    {
        var cut = RenderForm(_ => throw new AccessDeniedException(TestActors.Leadership, Permission.EditStakeholders));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("You do not have permission to do this, so nothing was changed.", Alert(cut)));
        Assert.DoesNotContain("Lee Leader may not", cut.Markup);
    }

    [Fact]
    public void A_record_deleted_meanwhile_is_said_so()
    {
        var cut = RenderForm(_ => Task.FromResult(SaveResult.NotFound()));
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("This sample no longer exists (someone may have deleted it), so nothing was saved.", Alert(cut)));
    }

    [Fact]
    public void While_saving_the_button_is_disabled_and_a_second_submit_is_ignored()
    {
        var calls = 0;
        var pending = new TaskCompletionSource<SaveResult>();
        var cut = RenderForm(_ => { calls++; return pending.Task; });
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal("Saving…", cut.Find("button[type=submit]").TextContent.Trim()));
        Assert.True(cut.Find("button[type=submit]").HasAttribute("disabled"));
        cut.Find("form").Submit();
        pending.SetResult(SaveResult.Saved(7));

        cut.WaitForAssertion(() => Assert.Equal(7, _saved));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_save_that_answers_synchronously_still_shows_saving_while_it_runs()
    {
        string? shownWhileSaving = null;
        IRenderedComponent<SampleForm>? cut = null;
        // Like SQLite waiting on a lock: the call blocks, then answers without ever yielding.
        cut = RenderForm(_ =>
        {
            shownWhileSaving = cut!.Find("button[type=submit]").TextContent.Trim();
            return Task.FromResult(SaveResult.Saved(3));
        });
        TypeName(cut, "Gwen Hughes");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(3, _saved));
        Assert.Equal("Saving…", shownWhileSaving);
    }

    [GeneratedRegex("reference ([A-Z0-9]{6})")]
    private static partial Regex Reference();
}
