namespace Campaign.Engagements;

/// <summary>
/// Field-level checks of an interaction log. Keys match the form's fields ("Positions[1].AskId") so each
/// message shows where the mistake is; nothing is written until everything passes.
/// </summary>
internal static class InteractionValidator
{
    public const string AlreadyLogged = "This email is already logged as a contact.";

    public static async Task<ValidationErrors> ValidateAsync(CampaignDbContext db, InteractionEditModel model, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);

        if (!await db.Campaigns.AnyAsync(c => c.Id == model.CampaignId, cancellationToken))
            errors.Add(nameof(model.CampaignId), "Choose the campaign this contact belongs to.");
        if (model.OccurredAt == default)
            errors.Add(nameof(model.OccurredAt), "Enter the date and time of the contact.");

        var attendees = model.AttendeeIds.Distinct().ToList();
        if (attendees.Count == 0)
            errors.Add(nameof(model.AttendeeIds), "Add at least one attendee.");
        else if (await db.Stakeholders.CountAsync(s => attendees.Contains(s.Id), cancellationToken) != attendees.Count)
            errors.Add(nameof(model.AttendeeIds), "One of the attendees no longer exists.");

        var staff = model.StaffIds.Distinct().ToList();
        if (await db.Users.CountAsync(u => staff.Contains(u.Id), cancellationToken) != staff.Count)
            errors.Add(nameof(model.StaffIds), "One of the staff members is not a user.");

        var partners = model.PartnerIds.Distinct().ToList();
        if (await db.Organisations.CountAsync(o => partners.Contains(o.Id), cancellationToken) != partners.Count)
            errors.Add(nameof(model.PartnerIds), "One of the partner organisations no longer exists.");

        var campaignAsks = await db.Asks.Where(a => a.CampaignId == model.CampaignId).Select(a => a.Id).ToListAsync(cancellationToken);
        if (model.AskIds.Any(a => !campaignAsks.Contains(a)))
            errors.Add(nameof(model.AskIds), "One of the asks is not an ask of this campaign.");

        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < model.Positions.Count; i++)
        {
            var p = model.Positions[i];
            var prefix = $"{nameof(model.Positions)}[{i}].";
            if (!attendees.Contains(p.StakeholderId))
                errors.Add(prefix + nameof(p.StakeholderId), "A stated position must be for one of the attendees.");
            if (!campaignAsks.Contains(p.AskId))
                errors.Add(prefix + nameof(p.AskId), "Choose one of the campaign's asks.");
            else if (!seen.Add((p.StakeholderId, p.AskId)))
                errors.Add(prefix + nameof(p.AskId), "This person already has a position on this ask in this log.");
            if (p.Quote is { Length: > 4000 })
                errors.Add(prefix + nameof(p.Quote), "A quote must be 4,000 characters or fewer.");
        }

        for (var i = 0; i < model.FollowUps.Count; i++)
        {
            var f = model.FollowUps[i];
            var prefix = $"{nameof(model.FollowUps)}[{i}].";
            if (string.IsNullOrWhiteSpace(f.Title))
                errors.Add(prefix + nameof(f.Title), "Say what needs doing.");
            else if (f.Title.Length > 300)
                errors.Add(prefix + nameof(f.Title), "A follow-up title must be 300 characters or fewer.");
            if (f.DueOn is null)
                errors.Add(prefix + nameof(f.DueOn), "Enter a due date.");
            if (!string.IsNullOrEmpty(f.OwnerId) && !await db.Users.AnyAsync(u => u.Id == f.OwnerId, cancellationToken))
                errors.Add(prefix + nameof(f.OwnerId), "That owner is not a user.");
            if (f.StakeholderId is { } person && !attendees.Contains(person))
                errors.Add(prefix + nameof(f.StakeholderId), "A follow-up can only concern one of the attendees.");
        }
        return errors;
    }
}
