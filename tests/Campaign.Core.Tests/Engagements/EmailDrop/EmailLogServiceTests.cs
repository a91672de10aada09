using Campaign.Engagements;
using Campaign.Engagements.EmailDrop;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Engagements.EmailDrop;

/// <summary>Dropping saved emails (.eml, written by us in the shapes Outlook and Gmail save) onto Log a contact.</summary>
public sealed class EmailLogServiceTests : EngagementFixture
{
    private EmailLogService _emails = null!;

    protected override async Task SetUpAsync()
    {
        await base.SetUpAsync();
        _emails = new EmailLogService(Database, Database.Clock);
        await using var db = Database.CreateDbContext();
        await db.Stakeholders.Where(s => s.Id == Adams.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "alice.adams@parliament.example"));
        await db.Stakeholders.Where(s => s.Id == Baker.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "ben.baker@parliament.example"));
        await db.Stakeholders.Where(s => s.Id == Dhillon.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "dev.dhillon@dhsc.example.org"));
    }

    private async Task<EmailDropResult> DropAsync(string file, int? onProfileOf = null, Actor? actor = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Engagements", "EmailDrop", "Messages", file);
        await using var stream = File.OpenRead(path);
        return await _emails.PrepareAsync(actor ?? Staff, file, stream, stream.Length, Campaign.Id, onProfileOf, TestContext.Current.CancellationToken);
    }

    private async Task<EmailLogDraft> DraftAsync(string file, int? onProfileOf = null)
    {
        var result = await DropAsync(file, onProfileOf);
        Assert.Null(result.Problem);
        return Assert.IsType<EmailLogDraft>(result.Draft);
    }

    [Fact]
    public async Task A_plain_email_fills_the_log_with_subject_body_UK_time_and_the_people_on_it()
    {
        var draft = await DraftAsync("plain.eml");

        var model = draft.Model;
        Assert.Equal(InteractionKind.Email, model.Kind);
        Assert.Equal("Clinical technologists: meeting on Thursday", model.Title);
        // 16:42 UTC on 14 July is 17:42 British Summer Time.
        Assert.Equal(new DateTime(2026, 7, 14, 17, 42, 0), model.OccurredAt);
        Assert.StartsWith("Dear Hannah,\n\nThank you for the briefing.", model.Summary);
        Assert.EndsWith("Best wishes,\nAlice", model.Summary);
        Assert.Equal("plain-0001@parliament.example", model.MessageId);
        // From's address is in a different case from the directory's.
        Assert.Equal([Adams.Id], model.AttendeeIds);
        Assert.Equal([StaffUser.Id], model.StaffIds);
        var unknown = Assert.Single(draft.Participants, p => !p.IsKnown);
        Assert.Equal(("Tom Reid", "tom.reid@parliament.example", EmailField.Cc), (unknown.Name, unknown.Address, unknown.Field));
        Assert.Empty(draft.Notices);
    }

    [Fact]
    public async Task An_HTML_only_email_becomes_text_without_scripts_styles_or_the_quoted_reply()
    {
        var draft = await DraftAsync("html-only.eml");

        Assert.Equal("Dear Hannah,\n\nThe review of Patient Group Directions starts in January. We will write to the coalition.\n\n• Scope agreed\n• Call for evidence in spring\n\nKind regards,\nDev",
            draft.Model.Summary);
        Assert.Equal(new DateTime(2026, 11, 2, 9, 15, 0), draft.Model.OccurredAt); // GMT in November
        Assert.Equal([Dhillon.Id], draft.Model.AttendeeIds);
        Assert.Contains(draft.Notices, n => n.Contains("no plain-text version"));
    }

    [Fact]
    public async Task A_multipart_email_takes_the_text_part_and_lists_its_attachments_with_sizes()
    {
        var draft = await DraftAsync("attachments.eml");

        Assert.Equal("Dear Ben,\n\nAttached is our briefing paper and a one-page summary.\n\nHannah", draft.Model.Summary);
        Assert.Equal(
            [("briefing-paper.pdf", "application/pdf", 1216L), ("summary.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 302L)],
            draft.Attachments.Select(a => (a.FileName, a.ContentType, a.Bytes)));
        // Sent by staff to a member: the member attends, the sender is the staff present.
        Assert.Equal([Baker.Id], draft.Model.AttendeeIds);
        Assert.Equal([StaffUser.Id], draft.Model.StaffIds);
    }

    [Fact]
    public async Task Encoded_words_in_names_and_subject_are_decoded()
    {
        var draft = await DraftAsync("encoded-words.eml");

        Assert.Equal("Cofrestru – registration of clinical technologists", draft.Model.Title);
        Assert.Equal("Diolch – thank you. I support registration.", draft.Model.Summary);
        Assert.Contains(draft.Participants, p => p is { Name: "Siân Llŷr AS", Address: "sian.llyr@parliament.example", IsKnown: false });
        Assert.Contains(draft.Participants, p => p is { Name: "Hannah Mercer – Westbridge", StaffName: "Hannah Mercer" });
        Assert.Equal(new DateTime(2026, 10, 1, 8, 0, 0), draft.Model.OccurredAt); // +0100 is BST: same wall-clock time
        Assert.Contains(draft.Notices, n => n.Contains("Nobody on this email is in the directory"));
    }

    [Theory]
    [InlineData("reply-outlook.eml", "Hannah,\n\nOfficials will look at option 2 first. I cannot share the submission.\n\nDev")]
    [InlineData("reply-gmail.eml", "Count me in for the drop-in.")]
    public async Task A_reply_keeps_only_its_new_text(string file, string expected)
    {
        var draft = await DraftAsync(file);

        Assert.Equal(expected, draft.Model.Summary);
    }

    [Fact]
    public async Task Gmail_addresses_match_without_dots_and_others_do_not()
    {
        await using (var db = Database.CreateDbContext())
            await db.Stakeholders.Where(s => s.Id == Adams.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "AliceAdamsHome@gmail.com"), TestContext.Current.CancellationToken);

        // The email comes from alice.adams.home@googlemail.com: the same Gmail mailbox.
        Assert.Equal([Adams.Id], (await DraftAsync("reply-gmail.eml")).Model.AttendeeIds);

        Assert.Equal("alicesmith@gmail.com", EmailAddresses.Key("Alice.Smith@GoogleMail.com"));
        Assert.NotEqual(EmailAddresses.Key("alice.smith@parliament.uk"), EmailAddresses.Key("alicesmith@parliament.uk"));
        Assert.Equal(EmailAddresses.Key("Alice.Smith@Parliament.UK"), EmailAddresses.Key("alice.smith@parliament.uk"));
    }

    [Fact]
    public async Task A_message_with_no_date_takes_the_time_it_was_dropped_and_says_so()
    {
        var draft = await DraftAsync("no-date.eml");

        // The test clock is 10:00 UTC on 26 November 2026: 10:00 GMT.
        Assert.Equal(new DateTime(2026, 11, 26, 10, 0, 0), draft.Model.OccurredAt);
        Assert.Contains(draft.Notices, n => n.Contains("no date"));
    }

    [Fact]
    public async Task Dropped_on_a_profile_the_person_attends_even_when_not_on_the_email()
    {
        var draft = await DraftAsync("plain.eml", onProfileOf: Baker.Id);

        Assert.Equal([Baker.Id, Adams.Id], draft.Model.AttendeeIds);
    }

    [Fact]
    public async Task The_same_message_cannot_be_logged_twice()
    {
        var draft = await DraftAsync("plain.eml");
        var saved = await Interactions.LogAsync(Staff, draft.Model, TestContext.Current.CancellationToken);
        Assert.True(saved.Succeeded);
        await using (var db = Database.CreateDbContext())
            Assert.Equal("plain-0001@parliament.example", await db.Interactions.Where(i => i.Id == saved.Id).Select(i => i.MessageId).SingleAsync(TestContext.Current.CancellationToken));

        var again = await DropAsync("plain.eml");
        Assert.Null(again.Draft);
        Assert.Equal((saved.Id!.Value, "Clinical technologists: meeting on Thursday"), (again.AlreadyLogged!.InteractionId, again.AlreadyLogged.Title));

        // A form prepared before the first save cannot slip through either.
        var twice = await Interactions.LogAsync(Staff, draft.Model, TestContext.Current.CancellationToken);
        Assert.False(twice.Succeeded);
        Assert.Contains("already logged", Assert.Single(twice.Errors[nameof(InteractionEditModel.MessageId)]));
    }

    [Fact]
    public async Task Editing_a_contact_logged_from_an_email_keeps_its_message_id()
    {
        var saved = await Interactions.LogAsync(Staff, (await DraftAsync("plain.eml")).Model, TestContext.Current.CancellationToken);
        var edit = (await Interactions.GetForEditAsync(Staff, saved.Id!.Value, TestContext.Current.CancellationToken))!;
        edit.Title = "Reply from Alice Adams";
        Assert.True((await Interactions.UpdateAsync(Staff, saved.Id.Value, edit, TestContext.Current.CancellationToken)).Succeeded);

        Assert.Equal(saved.Id, (await DropAsync("plain.eml")).AlreadyLogged?.InteractionId);
    }

    [Fact]
    public async Task A_file_that_is_not_an_email_is_refused_with_what_to_do()
    {
        var result = await DropAsync("not-an-email.eml");

        Assert.Null(result.Draft);
        Assert.Contains("\"not-an-email.eml\" is not an email", result.Problem);
        Assert.Contains("save the message as an .eml file", result.Problem);
    }

    [Fact]
    public async Task A_file_over_25_MB_is_refused_before_it_is_read()
    {
        var result = await _emails.PrepareAsync(Staff, "huge.eml", new ThrowingStream(), EmailMessage.MaxBytes + 1, Campaign.Id,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("can be up to 25 MB", result.Problem);
    }

    [Fact]
    public async Task An_address_of_someone_erased_is_marked_so_they_are_not_added_again()
    {
        var privacy = TestServices.Privacy(Database);
        await using (var db = Database.CreateDbContext())
        {
            var reid = new Builder(db).Person("Tom", "Reid", configure: s => s.Email = "tom.reid@parliament.example");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await privacy.EraseAsync(TestActors.Admin, reid.Id, TestContext.Current.CancellationToken);
        }

        var draft = await DraftAsync("plain.eml");

        Assert.True(Assert.Single(draft.Participants, p => p.Address == "tom.reid@parliament.example").Erased);
        Assert.False(Assert.Single(draft.Participants, p => p.Address == "Alice.Adams@Parliament.Example").Erased);
    }

    [Fact]
    public async Task Coalition_members_cannot_log_emails()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => DropAsync("plain.eml", actor: TestActors.Coalition(Rct.Id)));
    }

    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new InvalidOperationException("read");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("read");
    }
}
