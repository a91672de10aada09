using Campaign.Engagements;
using Campaign.Users;
using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Monitoring;

public sealed class MonitorInboxTests : MonitorFixture
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<MonitorInboxItem> OnlyNewAsync(MonitorSource? source = null) =>
        Assert.Single((await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id, Source: source), Token)).Items.Items);

    [Fact]
    public async Task The_inbox_lists_new_items_newest_first_with_counts_per_source_and_the_words_around_the_match()
    {
        var padding = string.Join(' ', Enumerable.Repeat("The Minister spoke at length about the workforce plan.", 20));
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), $"{padding} Every clinical technologist deserves a register. {padding}"));
        Api.Contributions.Add(Speech("c2", 4002, "Sam Baines", new DateOnly(2026, 3, 9), "A clinical technologist in Bath."));
        Api.WrittenQuestions.Add(Question(501, 4002, "Sam Baines", new DateOnly(2026, 3, 5)));
        await RunAsync();

        var page = await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id), Token);

        Assert.Equal(["c2 Sam Baines", "501 Sam Baines", "c1 Diane Abbott"], page.Items.Items.Select(i => $"{i.Reference ?? (i.Source == MonitorSource.Hansard ? (i.Url.Contains("ABC-c2") ? "c2" : "c1") : "")} {i.StakeholderName}"));
        Assert.Equal(2, page.CountsBySource[MonitorSource.Hansard]);
        Assert.Equal(1, page.CountsBySource[MonitorSource.WrittenQuestions]);
        var long_ = page.Items.Items[2];
        Assert.Contains("clinical technologist deserves", long_.Snippet);
        Assert.True(long_.Snippet.Length < 400, long_.Snippet);
        Assert.StartsWith("…", long_.Snippet);
        var hansardOnly = await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id, Source: MonitorSource.Hansard), Token);
        Assert.Equal(2, hansardOnly.Items.TotalCount);
    }

    [Fact]
    public async Task Recording_an_item_as_evidence_saves_the_position_with_the_link_and_marks_the_item()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "Every clinical technologist deserves a register."));
        await RunAsync();
        var item = await OnlyNewAsync();

        var prefill = await Harness.Inbox.EvidencePrefillAsync(TestActors.PublicAffairs, item.Id, Token);
        Assert.NotNull(prefill);
        Assert.Equal((EvidenceKind.Hansard, Stance.Unknown, Abbott.Id, new DateOnly(2026, 3, 4)), (prefill.EvidenceKind, prefill.Stance, prefill.StakeholderId, prefill.StatedOn));
        Assert.Equal(item.Url, prefill.EvidenceUrl);
        Assert.Contains("clinical technologist", prefill.Quote);
        prefill.Stance = Stance.Supportive;

        var saved = await Harness.Inbox.RecordEvidenceAsync(TestActors.PublicAffairs, item.Id, item.Version, prefill, Token);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
        await using var db = Database.CreateDbContext();
        var position = await db.StatedPositions.SingleAsync(p => p.Id == saved.Id, Token);
        Assert.Equal((Stance.Supportive, EvidenceKind.Hansard, item.Url), (position.Stance, position.EvidenceKind, position.EvidenceUrl));
        var triaged = await db.MonitorItems.SingleAsync(i => i.Id == item.Id, Token);
        Assert.Equal((TriageStatus.Evidence, position.Id, "Pat Affairs"), (triaged.Status, triaged.StatedPositionId, triaged.TriagedBy));
        Assert.Empty((await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id), Token)).Items.Items);
        var evidence = Assert.Single(await Harness.Inbox.EvidenceForAsync(TestActors.Coalition(1), Abbott.Id, Token));
        Assert.Equal(item.Url, evidence.Url);
    }

    [Fact]
    public async Task A_signature_proposes_support_from_the_motion()
    {
        Api.Motions.Add(new FakeMotion(77, "123", new DateOnly(2026, 2, 2), "Registration", "Every clinical technologist to be registered.")
        {
            Signatures = [new FakeSignature(4001, "Diane Abbott", new DateTime(2026, 2, 2), 1)],
        });
        await RunAsync();

        var prefill = await Harness.Inbox.EvidencePrefillAsync(TestActors.PublicAffairs, (await OnlyNewAsync()).Id, Token);

        Assert.Equal((Stance.Supportive, EvidenceKind.EarlyDayMotion, Confidence.Likely), (prefill!.Stance, prefill.EvidenceKind, prefill.Confidence));
        Assert.Equal("https://edm.parliament.uk/early-day-motion/77", prefill.EvidenceUrl);
    }

    [Fact]
    public async Task Confidential_evidence_and_untriaged_items_are_kept_from_the_coalition()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "A clinical technologist."));
        Api.Contributions.Add(Speech("c2", 4001, "Diane Abbott", new DateOnly(2026, 3, 5), "Another clinical technologist."));
        await RunAsync();
        var page = (await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id), Token)).Items.Items;
        var prefill = (await Harness.Inbox.EvidencePrefillAsync(TestActors.PublicAffairs, page[0].Id, Token))!;
        prefill.Stance = Stance.Supportive;
        prefill.IsConfidential = true;
        Assert.True((await Harness.Inbox.RecordEvidenceAsync(TestActors.PublicAffairs, page[0].Id, page[0].Version, prefill, Token)).Succeeded);

        Assert.Empty(await Harness.Inbox.EvidenceForAsync(TestActors.Coalition(1), Abbott.Id, Token));
        Assert.Single(await Harness.Inbox.EvidenceForAsync(TestActors.PublicAffairs, Abbott.Id, Token));
        Assert.Same(ParliamentWeek.None, await Harness.Inbox.ThisWeekAsync(TestActors.Coalition(1), Campaign.Id, Token));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Inbox.PageAsync(TestActors.Coalition(1), new MonitorInboxQuery(Campaign.Id), Token));
    }

    [Fact]
    public async Task Logging_a_question_as_contact_adds_a_parliamentary_question_interaction_linked_to_the_item()
    {
        var asked = Question(501, 4002, "Sam Baines", new DateOnly(2026, 3, 5));
        asked.Answered = new DateOnly(2026, 3, 20);
        asked.AnswerText = "Under review.";
        Api.WrittenQuestions.Add(asked);
        await RunAsync();
        var item = await OnlyNewAsync();

        var saved = await Harness.Inbox.LogAsContactAsync(TestActors.PublicAffairs, item.Id, item.Version, Token);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
        await using var db = Database.CreateDbContext();
        var interaction = await db.Interactions.Include(i => i.Attendees).SingleAsync(i => i.Id == saved.Id, Token);
        Assert.Equal(InteractionKind.ParliamentaryQuestion, interaction.Kind);
        Assert.Equal("Written question 501: Clinical Technologists: Regulation", interaction.Title);
        Assert.Equal(Baines.Id, Assert.Single(interaction.Attendees).StakeholderId);
        Assert.Contains("Under review.", interaction.Summary);
        var triaged = await db.MonitorItems.SingleAsync(i => i.Id == item.Id, Token);
        Assert.Equal((TriageStatus.LoggedAsContact, interaction.Id), (triaged.Status, triaged.InteractionId));
    }

    [Fact]
    public async Task A_dismissed_item_stays_dismissed_on_later_runs_and_a_stale_triage_is_a_conflict()
    {
        Api.Contributions.Add(Speech("c1", 4001, "Diane Abbott", new DateOnly(2026, 3, 4), "A clinical technologist."));
        await RunAsync();
        var item = await OnlyNewAsync();

        Assert.True((await Harness.Inbox.DismissAsync(TestActors.PublicAffairs, item.Id, item.Version, Token)).Succeeded);
        var stale = await Harness.Inbox.LogAsContactAsync(TestActors.PublicAffairs, item.Id, item.Version, Token);
        await RunAsync();

        Assert.True(stale.IsConflict);
        Assert.Empty((await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id), Token)).Items.Items);
        var dismissed = await Harness.Inbox.PageAsync(TestActors.PublicAffairs, new MonitorInboxQuery(Campaign.Id, TriageStatus.Dismissed), Token);
        Assert.Equal(item.Id, Assert.Single(dismissed.Items.Items).Id);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Interactions.CountAsync(Token));
    }

    [Fact]
    public async Task An_item_by_someone_not_in_the_directory_cannot_be_logged_and_says_so()
    {
        Api.Contributions.Add(Speech("c1", 4999, "Nia Newcomer", new DateOnly(2026, 3, 4), "A clinical technologist."));
        await RunAsync();
        var item = await OnlyNewAsync();

        var saved = await Harness.Inbox.LogAsContactAsync(TestActors.PublicAffairs, item.Id, item.Version, Token);

        Assert.Null(item.StakeholderId);
        Assert.Equal("Nia Newcomer is not in the directory yet: add them first.", Assert.Single(saved.Errors["StakeholderId"]));
        Assert.Null(await Harness.Inbox.EvidencePrefillAsync(TestActors.PublicAffairs, item.Id, Token));
    }
}
