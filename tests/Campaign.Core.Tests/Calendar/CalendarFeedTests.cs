using Campaign.Auditing;
using Campaign.Calendar;
using Campaign.Core.Tests.Engagements;
using Campaign.Engagements;
using Campaign.Testing;
using Campaign.Users;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace Campaign.Core.Tests.Calendar;

/// <summary>Every feed is parsed back with Ical.Net, as a subscribing calendar would read it.</summary>
public sealed class CalendarFeedTests : EngagementFixture
{
    private static readonly Uri AppBase = new("https://campaign.example/");

    private CalendarFeedService Feeds { get; set; } = null!;
    private CalendarDownloads Downloads { get; set; } = null!;
    private CampaignUser Colleague { get; set; } = null!;

    private Actor ColleagueActor => new(Colleague.Id, Colleague.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);

    protected override async Task SetUpAsync()
    {
        await base.SetUpAsync();
        Feeds = new CalendarFeedService(Database, Database.Clock);
        Downloads = new CalendarDownloads(Database, Database.Clock);
        await using var db = Database.CreateDbContext();
        var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        Colleague = new CampaignUser { UserName = "lee@westbridge.example", DisplayName = "Lee Colleague" };
        db.Users.Add(Colleague);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = StaffUser.Id, RoleId = roles[Roles.PublicAffairs].Id });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = Colleague.Id, RoleId = roles[Roles.PublicAffairs].Id });
        await db.SaveChangesAsync();
    }

    private async Task<IcalCalendar> FeedAsync(string token)
    {
        var text = await Feeds.GetFeedAsync(token, AppBase);
        Assert.NotNull(text);
        return IcalCalendar.Load(text)!;
    }

    private static CalendarEvent Event(IcalCalendar calendar, string summary) => Assert.Single(calendar.Events, e => e.Summary == summary);

    private async Task<int> LogAsync(InteractionEditModel model) => (await Interactions.LogAsync(Staff, model)).Id!.Value;

    [Fact]
    public async Task Open_follow_ups_are_all_day_events_on_their_due_date()
    {
        var model = Meeting(new DateTime(2026, 11, 1, 10, 0, 0), Adams);
        model.FollowUps =
        [
            new FollowUpInput { Title = "Send the briefing paper", DueOn = new DateOnly(2026, 12, 3), OwnerId = StaffUser.Id, StakeholderId = Adams.Id },
            new FollowUpInput { Title = "Already done", DueOn = new DateOnly(2026, 12, 4), OwnerId = StaffUser.Id },
            new FollowUpInput { Title = "Dropped", DueOn = new DateOnly(2026, 12, 5), OwnerId = StaffUser.Id },
            new FollowUpInput { Title = "Someone else's", DueOn = new DateOnly(2026, 12, 6), OwnerId = Colleague.Id },
        ];
        await LogAsync(model);
        var all = (await FollowUps.ListAsync(Staff, new FollowUpQuery(false, FollowUpFilter.All))).Items;
        var done = all.Single(f => f.Title == "Already done");
        var dropped = all.Single(f => f.Title == "Dropped");
        await FollowUps.SetStatusAsync(Staff, done.Id, FollowUpStatus.Done, done.Version);
        await FollowUps.SetStatusAsync(Staff, dropped.Id, FollowUpStatus.Cancelled, dropped.Version);
        var token = await Feeds.IssueAsync(Staff, includeConfidential: false);

        var calendar = await FeedAsync(token);

        Assert.Equal(["Follow-up: Send the briefing paper"], calendar.Events.Where(e => e.Summary!.StartsWith("Follow-up")).Select(e => e.Summary));
        var followUp = Event(calendar, "Follow-up: Send the briefing paper");
        Assert.False(followUp.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 12, 3), followUp.DtStart.Date);
        Assert.Equal(new DateOnly(2026, 12, 4), followUp.DtEnd!.Date);
        Assert.True(followUp.IsAllDay);
        Assert.Contains("Alice Adams", followUp.Description);
        Assert.Contains($"https://campaign.example/stakeholders/{Adams.Id}", followUp.Description);
        Assert.StartsWith("followup-", followUp.Uid);
        Assert.Equal("Campaign: Hannah Mercer", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("PT1H", calendar.Properties["REFRESH-INTERVAL"]!.Value?.ToString());
        Assert.Equal("PT1H", calendar.Properties["X-PUBLISHED-TTL"]!.Value?.ToString());
    }

    [Fact]
    public async Task Meetings_are_in_UK_time_either_side_of_the_October_clock_change()
    {
        Database.Clock.Now = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        await LogAsync(Meeting(new DateTime(2026, 10, 20, 10, 0, 0), Adams, Baker));
        await LogAsync(Meeting(new DateTime(2026, 10, 30, 10, 0, 0), Dhillon));
        await LogAsync(Meeting(new DateTime(2026, 8, 1, 10, 0, 0), Adams)); // before the window
        var theirs = Meeting(new DateTime(2026, 10, 21, 10, 0, 0), Adams);
        theirs.StaffIds = [Colleague.Id];
        await Interactions.LogAsync(ColleagueActor, theirs);
        var letter = Meeting(new DateTime(2026, 10, 22, 10, 0, 0), Adams);
        letter.Kind = InteractionKind.Letter;
        await LogAsync(letter);
        var token = await Feeds.IssueAsync(Staff, includeConfidential: false);

        var text = (await Feeds.GetFeedAsync(token, AppBase))!;
        var calendar = IcalCalendar.Load(text)!;

        Assert.Equal(["Meeting on 20 Oct 2026", "Meeting on 30 Oct 2026"], calendar.Events.Select(e => e.Summary).Order());
        var summer = Event(calendar, "Meeting on 20 Oct 2026");
        var winter = Event(calendar, "Meeting on 30 Oct 2026");
        Assert.Equal(new DateTime(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc), summer.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 20, 10, 0, 0, DateTimeKind.Utc), summer.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 30, 10, 0, 0, DateTimeKind.Utc), winter.DtStart!.AsUtc);
        Assert.Equal("Europe/London", summer.DtStart.TzId);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/London");
        Assert.Equal("Portcullis House", summer.Location);
        Assert.Contains("With: Alice Adams, Ben Baker", summer.Description);
        Assert.Contains("Our side: Hannah Mercer", summer.Description);
        Assert.Contains("interaction-", summer.Uid);
        // The structured notes never leave the app this way.
        Assert.DoesNotContain("Cost to the NHS", text);
    }

    [Fact]
    public async Task Confidential_meetings_and_their_follow_ups_come_only_when_asked_for()
    {
        var open = Meeting(new DateTime(2026, 12, 1, 10, 0, 0), Adams);
        var secret = Meeting(new DateTime(2026, 12, 2, 10, 0, 0), Baker);
        secret.IsConfidential = true;
        secret.Title = "Private dinner";
        secret.FollowUps = [new FollowUpInput { Title = "Quiet word", DueOn = new DateOnly(2026, 12, 9), OwnerId = StaffUser.Id }];
        await LogAsync(open);
        await LogAsync(secret);

        var plain = await FeedAsync(await Feeds.IssueAsync(Staff, includeConfidential: false));
        Assert.Equal(["Meeting on 1 Dec 2026"], plain.Events.Select(e => e.Summary));
        Assert.False((await Feeds.GetStatusAsync(Staff))!.IncludeConfidential);

        var everything = await FeedAsync(await Feeds.IssueAsync(Staff, includeConfidential: true));
        Assert.Equal(["Follow-up: Quiet word", "Meeting on 1 Dec 2026", "Private dinner"], everything.Events.Select(e => e.Summary).Order());
        Assert.True((await Feeds.GetStatusAsync(Staff))!.IncludeConfidential);
    }

    [Fact]
    public async Task Sequence_grows_when_an_item_changes()
    {
        var model = Meeting(new DateTime(2026, 12, 1, 10, 0, 0), Adams);
        model.FollowUps = [new FollowUpInput { Title = "Send the paper", DueOn = new DateOnly(2026, 12, 3), OwnerId = StaffUser.Id }];
        var id = await LogAsync(model);
        var token = await Feeds.IssueAsync(Staff, includeConfidential: false);
        var before = await FeedAsync(token);

        var edit = (await Interactions.GetForEditAsync(Staff, id))!;
        edit.Location = "Committee Room 10";
        Assert.True((await Interactions.UpdateAsync(Staff, id, edit)).Succeeded);
        var followUp = (await FollowUps.ListAsync(Staff, new FollowUpQuery(true, FollowUpFilter.Open))).Items.Single();
        await FollowUps.SetStatusAsync(Staff, followUp.Id, FollowUpStatus.Done, followUp.Version);
        var reopened = (await FollowUps.ListAsync(Staff, new FollowUpQuery(true, FollowUpFilter.Done))).Items.Single();
        await FollowUps.SetStatusAsync(Staff, reopened.Id, FollowUpStatus.Open, reopened.Version);
        var after = await FeedAsync(token);

        var meeting = (Before: Event(before, "Meeting on 1 Dec 2026"), After: Event(after, "Meeting on 1 Dec 2026"));
        Assert.Equal(meeting.Before.Uid, meeting.After.Uid);
        Assert.True(meeting.After.Sequence > meeting.Before.Sequence);
        Assert.Equal("Committee Room 10", meeting.After.Location);
        var task = (Before: Event(before, "Follow-up: Send the paper"), After: Event(after, "Follow-up: Send the paper"));
        Assert.Equal(task.Before.Uid, task.After.Uid);
        Assert.True(task.After.Sequence > task.Before.Sequence);
    }

    [Fact]
    public async Task A_revoked_or_rotated_away_token_finds_nothing()
    {
        var first = await Feeds.IssueAsync(Staff, includeConfidential: false);
        var second = await Feeds.IssueAsync(Staff, includeConfidential: false);

        Assert.Null(await Feeds.GetFeedAsync(first, AppBase));
        Assert.NotNull(await Feeds.GetFeedAsync(second, AppBase));
        Assert.True(await Feeds.RevokeAsync(Staff));
        Assert.Null(await Feeds.GetFeedAsync(second, AppBase));
        Assert.Null(await Feeds.GetStatusAsync(Staff));
        Assert.False(await Feeds.RevokeAsync(Staff));
        Assert.Null(await Feeds.GetFeedAsync("not-a-token", AppBase));
    }

    [Fact]
    public async Task A_disabled_user_or_one_no_longer_staff_has_no_feed()
    {
        var token = await Feeds.IssueAsync(Staff, includeConfidential: false);
        var colleagueToken = await Feeds.IssueAsync(ColleagueActor, includeConfidential: false);
        await using (var db = Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == StaffUser.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
            var coalition = await db.Roles.SingleAsync(r => r.Name == Roles.Coalition);
            await db.UserRoles.Where(ur => ur.UserId == Colleague.Id).ExecuteDeleteAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = Colleague.Id, RoleId = coalition.Id });
            await db.SaveChangesAsync();
        }

        Assert.Null(await Feeds.GetFeedAsync(token, AppBase));
        Assert.Null(await Feeds.GetFeedAsync(colleagueToken, AppBase));
    }

    [Fact]
    public async Task Coalition_members_cannot_have_a_feed_nor_download_follow_ups_or_confidential_meetings()
    {
        var coalition = TestActors.Coalition(Ipem.Id);
        var secret = Meeting(new DateTime(2026, 12, 2, 10, 0, 0), Baker);
        secret.IsConfidential = true;
        secret.FollowUps = [new FollowUpInput { Title = "Quiet word", DueOn = new DateOnly(2026, 12, 9), OwnerId = StaffUser.Id }];
        var secretId = await LogAsync(secret);
        var openId = await LogAsync(Meeting(new DateTime(2026, 12, 1, 10, 0, 0), Adams));
        var followUpId = (await FollowUps.ListAsync(Staff, new FollowUpQuery(false, FollowUpFilter.All))).Items.Single().Id;

        await Assert.ThrowsAsync<AccessDeniedException>(() => Feeds.IssueAsync(coalition, includeConfidential: false));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Feeds.GetStatusAsync(coalition));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Downloads.FollowUpAsync(coalition, followUpId, AppBase));
        Assert.Null(await Downloads.InteractionAsync(coalition, secretId, AppBase));

        var shared = await Downloads.InteractionAsync(coalition, openId, AppBase);
        Assert.Equal($"interaction-{openId}.ics", shared!.FileName);
        Assert.Equal("Meeting on 1 Dec 2026", Assert.Single(IcalCalendar.Load(shared.Content)!.Events).Summary);
        var staffCopy = await Downloads.FollowUpAsync(Staff, followUpId, AppBase);
        Assert.Equal("Follow-up: Quiet word", Assert.Single(IcalCalendar.Load(staffCopy!.Content)!.Events).Summary);
    }

    [Fact]
    public async Task The_database_keeps_only_a_hash_and_the_audit_trail_records_issue_and_revocation()
    {
        var token = await Feeds.IssueAsync(Staff, includeConfidential: true);
        Assert.Equal(43, token.Length);
        await Feeds.RevokeAsync(Staff);

        await using var db = Database.CreateDbContext();
        var row = await db.CalendarFeedTokens.SingleAsync();
        Assert.NotEqual(token, row.TokenHash);
        Assert.Equal(64, row.TokenHash.Length);
        Assert.DoesNotContain(token, row.TokenHash);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(CalendarFeedToken)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain(row.TokenHash, a.Changes));
        Assert.All(audit, a => Assert.DoesNotContain(token, a.Changes));
        Assert.Equal(StaffUser.Id, audit[0].UserId);
    }
}
