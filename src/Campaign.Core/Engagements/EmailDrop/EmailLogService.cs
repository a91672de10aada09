using Campaign.Privacy;
using Campaign.Scheduling;

namespace Campaign.Engagements.EmailDrop;

/// <summary>
/// Turns a dropped email (.eml) into a filled-in contact log: the subject is the title, the new text of the body the
/// summary, the Date header the time in UK time, and the people on From/To/Cc the attendees and staff present, matched
/// by address (<see cref="EmailAddresses"/>). Nothing is saved here: the user checks the form and saves as for a meeting.
/// </summary>
public sealed class EmailLogService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public async Task<EmailDropResult> PrepareAsync(Actor actor, string fileName, Stream eml, long length, int campaignId, int? forStakeholderId = null,
        CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        if (length > EmailMessage.MaxBytes)
            return EmailDropResult.Refused($"\"{fileName}\" is {length / (1024.0 * 1024):0.#} MB: an email to log can be up to 25 MB. Save it without its attachments and drop it again.");
        var message = await EmailMessage.ReadAsync(eml, cancellationToken);
        if (message is null)
            return EmailDropResult.Refused($"\"{fileName}\" is not an email. In Outlook or Gmail, save the message as an .eml file (File › Save as, or Download message) and drop that.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (message.MessageId is { } messageId && await db.Interactions.AsNoTracking().Where(i => i.MessageId == messageId)
                .Select(i => new LoggedEmail(i.Id, i.Title, i.OccurredAt)).FirstOrDefaultAsync(cancellationToken) is { } logged)
            return new EmailDropResult(null, null, logged);

        var participants = await MatchAsync(db, message.Addresses, cancellationToken);
        var notices = new List<string>();
        var attendees = participants.Where(p => p.StakeholderId is not null).Select(p => p.StakeholderId!.Value).ToList();
        if (forStakeholderId is { } person && !attendees.Contains(person) && await db.Stakeholders.AnyAsync(s => s.Id == person, cancellationToken))
            attendees.Insert(0, person);
        attendees = attendees.Distinct().ToList();
        if (attendees.Count == 0) notices.Add("Nobody on this email is in the directory yet: add them below, or choose the attendees.");

        var staff = participants.Where(p => p.StaffId is not null).Select(p => p.StaffId!).Distinct().ToList();
        if (staff.Count == 0 && actor.UserId is { } me) staff.Add(me);

        var sent = message.Sent ?? clock.GetUtcNow();
        if (message.Sent is null) notices.Add("The email has no date, so the time you dropped it is used: check the date and time.");
        if (message.BodyWasHtml) notices.Add("The email had no plain-text version; its formatting was removed for the summary.");
        var summary = message.Body;
        if (summary.Length > FieldLengths.LongText)
        {
            summary = FieldLengths.Fit(summary, FieldLengths.LongText);
            notices.Add($"The message was longer than a summary holds ({FieldLengths.LongText:N0} characters), so its end was cut.");
        }

        var model = new InteractionEditModel
        {
            CampaignId = campaignId,
            Kind = InteractionKind.Email,
            OccurredAt = UkMinute(sent),
            Title = FieldLengths.Fit(message.Subject.Length > 0 ? message.Subject : UntitledTitle(participants), FieldLengths.Title),
            Location = "Email",
            Summary = summary.Length == 0 ? null : summary,
            AttendeeIds = attendees,
            StaffIds = staff,
            MessageId = message.MessageId is { Length: <= FieldLengths.Line } id ? id : null,
        };
        return new EmailDropResult(new EmailLogDraft(model, participants, message.Attachments, notices, fileName), null, null);
    }

    private static async Task<List<EmailParticipant>> MatchAsync(CampaignDbContext db, IReadOnlyList<EmailAddress> addresses, CancellationToken cancellationToken)
    {
        var lowered = addresses.Select(a => a.Address.ToLowerInvariant()).Distinct().ToList();
        var anyGmail = addresses.Any(a => EmailAddresses.IgnoresDots(EmailAddresses.Domain(a.Address)));
        // Exact addresses through the query; for Gmail every Gmail address, compared without dots below.
        var people = await db.Stakeholders.AsNoTracking()
            .Where(s => s.Email != null && (lowered.Contains(s.Email.ToLower())
                                            || (anyGmail && (s.Email.ToLower().EndsWith("@gmail.com") || s.Email.ToLower().EndsWith("@googlemail.com")))))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.DisplayName, Email = s.Email! })
            .ToListAsync(cancellationToken);
        // Staff as the staff list has them: coalition members on an email are partners' contacts, not staff present.
        var staff = await StaffDirectory.Active(db).Where(u => u.Email != null)
            .Select(u => new { u.Id, u.DisplayName, Email = u.Email! }).ToListAsync(cancellationToken);
        var suppressed = await ErasureSuppressions.LoadAsync(db, cancellationToken);

        var seen = new HashSet<string>();
        var result = new List<EmailParticipant>();
        foreach (var address in addresses)
        {
            var key = EmailAddresses.Key(address.Address);
            if (!seen.Add(key)) continue;
            var person = people.FirstOrDefault(p => EmailAddresses.Key(p.Email) == key);
            var user = staff.FirstOrDefault(u => EmailAddresses.Key(u.Email) == key);
            result.Add(new EmailParticipant(address.Field, address.Name, address.Address, person?.Id, person?.DisplayName, user?.Id, user?.DisplayName,
                person is null && user is null && suppressed.Email(address.Address)));
        }
        return result;
    }

    private static string UntitledTitle(IReadOnlyList<EmailParticipant> participants)
    {
        var from = participants.FirstOrDefault(p => p.Field == EmailField.From);
        return from is null ? "Email" : $"Email from {from.StakeholderName ?? from.StaffName ?? from.Name ?? from.Address}";
    }

    /// <summary>The UK wall-clock time of an instant, to the minute, as contacts are entered.</summary>
    private static DateTime UkMinute(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, DailySchedule.UkTime).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }
}
