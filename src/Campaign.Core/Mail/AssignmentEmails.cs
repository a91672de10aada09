using Campaign.Engagements;

namespace Campaign.Mail;

/// <summary>
/// Adds an email to the outbox for each new follow-up given to someone other than the person saving it, in the same
/// save as the follow-up: both are written or neither. The body (with links) is written when it is sent.
/// </summary>
public static class AssignmentEmails
{
    public static async Task EnqueueAsync(CampaignDbContext db, Interaction interaction, Actor actor, CancellationToken cancellationToken)
    {
        var added = interaction.FollowUps.Where(f => f.Id == 0 && f.OwnerId is not null && f.OwnerId != actor.UserId).ToList();
        if (added.Count == 0) return;
        var ownerIds = added.Select(f => f.OwnerId!).Distinct().ToList();
        var owners = await Recipients.Staff(db).AsNoTracking()
            .Where(u => ownerIds.Contains(u.Id) && u.AssignmentEmailsEnabled)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        foreach (var followUp in added)
        {
            if (!owners.TryGetValue(followUp.OwnerId!, out var address)) continue;
            db.SentEmails.Add(new SentEmail
            {
                Kind = EmailKind.FollowUpAssigned, UserId = followUp.OwnerId, ToAddress = address, FollowUp = followUp,
                Subject = FieldLengths.Fit(EmailText.AssignmentSubject(actor.Name, followUp.Title), FieldLengths.Title),
                Status = EmailStatus.Pending,
            });
        }
    }
}
