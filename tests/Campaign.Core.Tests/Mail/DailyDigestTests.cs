using Campaign.Engagements;
using Campaign.Mail;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Mail;

/// <summary>The daily digest's step (<see cref="DailyDigest.RunDueAsync"/>) with a fixed clock, delivered to the fake SMTP server.</summary>
public sealed class DailyDigestTests : MailFixture
{
    private DateTimeOffset Now => Database.Clock.Now;

    [Fact]
    public async Task The_digest_lists_overdue_and_this_weeks_follow_ups_with_links_to_the_staff_member_who_owns_them()
    {
        var overdue = await FollowUpAsync(Hannah, "Send briefing to Fiona MacAulay", new DateOnly(2026, 11, 20));
        var soon = await FollowUpAsync(Hannah, "Book the roundtable room", new DateOnly(2026, 12, 2));
        await FollowUpAsync(Hannah, "Next month's letter", new DateOnly(2026, 12, 10));
        await FollowUpAsync(Hannah, "Already done", new DateOnly(2026, 11, 19), FollowUpStatus.Done);
        await FollowUpAsync(Gareth, "Not for coalition members", new DateOnly(2026, 11, 20));
        await FollowUpAsync(Dora, "Not for disabled users", new DateOnly(2026, 11, 20));

        Assert.Equal(1, await NewDigest().RunDueAsync(Now));
        Assert.Equal(1, await Outbox.DeliverDueAsync());

        var message = Assert.Single(Smtp.Messages);
        Assert.Equal("hannah.mercer@westbridge.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("campaign@westbridge.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Campaign: 1 follow-up overdue, 1 due this week", message.Subject);
        var body = message.TextBody!;
        Assert.Contains("Overdue (1)\n- Send briefing to Fiona MacAulay, due Fri 20 Nov 2026", body.ReplaceLineEndings("\n"));
        Assert.Contains("Due this week (1)\n- Book the roundtable room, due Wed 2 Dec 2026", body.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Next month's letter", body);
        Assert.DoesNotContain("Already done", body);
        Assert.Contains($"About: Fiona MacAulay {BaseUrl}/stakeholders/{Fiona.Id}", body);
        Assert.Contains($"{BaseUrl}/interactions/{Meeting.Id}", body);
        Assert.Contains($"{BaseUrl}/follow-ups", body);
        Assert.Contains($"{BaseUrl}/account/notifications", body);

        var row = Assert.Single(await OutboxRowsAsync());
        Assert.Equal((EmailKind.Digest, EmailStatus.Sent, Hannah.Id, Today, $"{overdue.Id},{soon.Id}", 1),
            (row.Kind, row.Status, row.UserId, row.ForDay, row.FollowUpIds, row.Attempts));
        Assert.Equal(Now, row.SentAt);
    }

    [Fact]
    public async Task Nothing_due_means_no_digest()
    {
        await FollowUpAsync(Hannah, "Next month's letter", new DateOnly(2026, 12, 10));

        Assert.Equal(0, await NewDigest().RunDueAsync(Now));
        Assert.Equal(0, await Outbox.DeliverDueAsync());
        Assert.Empty(Smtp.Messages);
    }

    [Fact]
    public async Task A_user_who_turned_the_digest_off_or_whose_time_has_not_come_gets_none()
    {
        await FollowUpAsync(Hannah, "Overdue", new DateOnly(2026, 11, 20));
        await FollowUpAsync(Sam, "Overdue too", new DateOnly(2026, 11, 20));
        await SetAsync(Hannah, u => u.DigestEnabled = false);
        await SetAsync(Sam, u => u.DigestAt = new TimeOnly(10, 30));

        Assert.Equal(0, await NewDigest().RunDueAsync(Now));

        Database.Clock.Now = Now.AddMinutes(30);
        Assert.Equal(1, await NewDigest().RunDueAsync(Now));
        Assert.Equal(Sam.Id, Assert.Single(await OutboxRowsAsync()).UserId);
    }

    [Fact]
    public async Task A_day_is_not_repeated_and_the_next_day_has_its_own()
    {
        await FollowUpAsync(Hannah, "Overdue", new DateOnly(2026, 11, 20));
        var digest = NewDigest();

        Assert.Equal(1, await digest.RunDueAsync(Now));
        Assert.Equal(0, await digest.RunDueAsync(Now.AddHours(5)));
        Database.Clock.Now = Now.AddDays(1);
        Assert.Equal(1, await digest.RunDueAsync(Now));

        Assert.Equal([Today, Today.AddDays(1)], (await OutboxRowsAsync()).Select(r => r.ForDay!.Value));
    }

    [Fact]
    public async Task Two_instances_running_at_once_write_one_digest_per_user_per_day()
    {
        await FollowUpAsync(Hannah, "Overdue", new DateOnly(2026, 11, 20));
        await FollowUpAsync(Sam, "Due tomorrow", new DateOnly(2026, 11, 27));

        for (var round = 0; round < 5; round++)
        {
            var runs = await Task.WhenAll(
                Task.Run(() => NewDigest($"a{round}").RunDueAsync(Now)), Task.Run(() => NewDigest($"b{round}").RunDueAsync(Now)));
            Assert.Equal(round == 0 ? 2 : 0, runs.Sum());
        }
        Assert.Equal(2, await Outbox.DeliverDueAsync());
        Assert.Equal(2, Smtp.Messages.Count);
        Assert.Equal(["hannah.mercer@westbridge.example", "sam.okoro@westbridge.example"],
            Smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
    }

    [Fact]
    public async Task The_unique_index_refuses_a_second_digest_for_the_same_user_and_day()
    {
        await using var db = Database.CreateDbContext();
        SentEmail Digest() => new() { Kind = EmailKind.Digest, UserId = Hannah.Id, ToAddress = "h@example.org", ForDay = Today };
        db.SentEmails.Add(Digest());
        await db.SaveChangesAsync();
        db.SentEmails.Add(Digest());

        var clash = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(global::Campaign.Data.UniqueIndexClash.Is(clash));
    }

    [Fact]
    public async Task Without_SMTP_nothing_is_written_or_sent_and_the_status_says_so()
    {
        await FollowUpAsync(Hannah, "Overdue", new DateOnly(2026, 11, 20));
        Settings.Smtp.Host = null;

        Assert.Equal(0, await NewDigest().RunDueAsync(Now));
        Assert.Equal(0, await Outbox.DeliverDueAsync());
        var status = await Outbox.StatusAsync(SamActor);

        Assert.False(status.IsConfigured);
        Assert.Null(status.Host);
        Assert.Empty(await OutboxRowsAsync());
        Assert.Empty(Smtp.Messages);
    }
}
