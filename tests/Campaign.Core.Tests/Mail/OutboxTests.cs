using Campaign.Engagements;
using Campaign.Mail;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using Campaign.Users;

namespace Campaign.Core.Tests.Mail;

/// <summary>Assignment emails written with the follow-up, and delivery through the outbox: retries, failures, the admins' list.</summary>
public sealed class OutboxTests : MailFixture
{
    private InteractionEditModel Log(params FollowUpInput[] followUps) => new()
    {
        CampaignId = Campaign.Id, Kind = InteractionKind.Meeting, OccurredAt = new DateTime(2026, 11, 25, 10, 0, 0), Title = "Meeting with Fiona MacAulay",
        AttendeeIds = [Fiona.Id], FollowUps = followUps.ToList(),
    };

    private FollowUpInput Briefing(CampaignUser owner) =>
        new() { Title = "Send briefing to Fiona MacAulay", DueOn = new DateOnly(2026, 12, 10), OwnerId = owner.Id, StakeholderId = Fiona.Id };

    [Fact]
    public async Task Giving_someone_a_follow_up_writes_an_email_in_the_same_save_and_it_is_delivered()
    {
        var saved = await Interactions.LogAsync(SamActor, Log(Briefing(Hannah)));

        var row = Assert.Single(await OutboxRowsAsync());
        await using (var db = Database.CreateDbContext())
        {
            var followUp = await db.FollowUps.SingleAsync(f => f.InteractionId == saved.Id);
            Assert.Equal((EmailKind.FollowUpAssigned, EmailStatus.Pending, Hannah.Id, followUp.Id), (row.Kind, row.Status, row.UserId, row.FollowUpId));
        }
        Assert.Equal(1, await Outbox.DeliverDueAsync());

        var message = Assert.Single(Smtp.Messages);
        Assert.Equal("hannah.mercer@westbridge.example", message.To.Mailboxes.Single().Address);
        Assert.Equal("Campaign: Sam Okoro gave you a follow-up: Send briefing to Fiona MacAulay", message.Subject);
        Assert.Contains("Due: Thu 10 Dec 2026", message.TextBody);
        Assert.Contains($"{BaseUrl}/stakeholders/{Fiona.Id}", message.TextBody);
        Assert.Contains($"{BaseUrl}/interactions/{saved.Id}", message.TextBody);
        var sent = Assert.Single(await OutboxRowsAsync());
        Assert.Equal(EmailStatus.Sent, sent.Status);
        Assert.Null(sent.Body); // names stakeholders: not kept once sent
    }

    [Fact]
    public async Task No_email_for_your_own_follow_up_for_someone_who_turned_them_off_or_for_a_disabled_user()
    {
        await SetAsync(Sam, u => u.AssignmentEmailsEnabled = false);

        await Interactions.LogAsync(HannahActor, Log(Briefing(Hannah), Briefing(Sam), Briefing(Dora)));

        Assert.Empty(await OutboxRowsAsync());
    }

    [Fact]
    public async Task An_edit_that_adds_a_follow_up_for_someone_else_emails_them()
    {
        var saved = await Interactions.LogAsync(HannahActor, Log());
        var model = (await Interactions.GetForEditAsync(HannahActor, saved.Id!.Value))!;
        model.FollowUps = [Briefing(Sam)];

        await Interactions.UpdateAsync(HannahActor, saved.Id.Value, model);

        var row = Assert.Single(await OutboxRowsAsync());
        Assert.Equal((Sam.Id, "Campaign: Hannah Mercer gave you a follow-up: Send briefing to Fiona MacAulay"), (row.UserId, row.Subject));
    }

    [Fact]
    public async Task A_refused_connection_leaves_the_message_pending_for_a_later_attempt_and_the_retry_delivers_it()
    {
        await Interactions.LogAsync(SamActor, Log(Briefing(Hannah)));
        var port = Settings.Smtp.Port;
        Settings.Smtp.Port = FakeSmtpServer.ClosedPort();

        Assert.Equal(0, await Outbox.DeliverDueAsync());
        var waiting = Assert.Single(await OutboxRowsAsync());
        Assert.Equal((EmailStatus.Pending, 1, Database.Clock.Now.AddMinutes(1)), (waiting.Status, waiting.Attempts, waiting.NextAttemptAt));
        Assert.NotNull(waiting.LastError);

        Settings.Smtp.Port = port;
        Assert.Equal(0, await Outbox.DeliverDueAsync()); // not yet due
        Database.Clock.Now = Database.Clock.Now.AddMinutes(1);
        Assert.Equal(1, await Outbox.DeliverDueAsync());

        Assert.Single(Smtp.Messages);
        var sent = Assert.Single(await OutboxRowsAsync());
        Assert.Equal((EmailStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Fact]
    public async Task After_the_last_attempt_a_message_is_failed_listed_first_for_admins_and_can_be_retried()
    {
        await FollowUpAsync(Hannah, "Overdue", new DateOnly(2026, 11, 20));
        await Interactions.LogAsync(SamActor, Log(Briefing(Hannah)));
        await NewDigest().RunDueAsync(Database.Clock.Now);
        Smtp.RejectMessages = true;

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= Settings.MaxAttempts; attempt++)
        {
            var before = Database.Clock.Now;
            Assert.Equal(0, await Outbox.DeliverDueAsync());
            var row = (await OutboxRowsAsync()).First(r => r.Kind == EmailKind.FollowUpAssigned);
            Assert.Equal(attempt, row.Attempts);
            Assert.Contains("451", row.LastError);
            if (attempt < Settings.MaxAttempts) waits.Add(row.NextAttemptAt - before);
            Database.Clock.Now = row.NextAttemptAt;
        }
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)], waits);
        Assert.All(await OutboxRowsAsync(), r => Assert.Equal(EmailStatus.Failed, r.Status));

        await Interactions.LogAsync(SamActor, Log(Briefing(Hannah)));
        var list = await Outbox.ListAsync(SamActor);
        Assert.Equal([EmailStatus.Failed, EmailStatus.Failed, EmailStatus.Pending], list.Select(e => e.Status));
        Assert.Equal(2, (await Outbox.StatusAsync(SamActor)).Failed);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Outbox.ListAsync(HannahActor));

        Smtp.RejectMessages = false;
        Assert.True(await Outbox.RetryAsync(SamActor, list[0].Id));
        Assert.Equal(2, await Outbox.DeliverDueAsync());
        Assert.Equal(2, Smtp.Messages.Count);
    }

    [Fact]
    public async Task A_message_written_while_email_was_off_is_not_sent_a_day_later()
    {
        await Interactions.LogAsync(SamActor, Log(Briefing(Hannah)));
        Database.Clock.Now = Database.Clock.Now.AddDays(2);

        Assert.Equal(0, await Outbox.DeliverDueAsync());

        Assert.Empty(Smtp.Messages);
        Assert.Equal(EmailStatus.Failed, Assert.Single(await OutboxRowsAsync()).Status);
    }
}
