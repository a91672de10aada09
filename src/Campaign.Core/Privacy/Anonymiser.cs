using System.Text.RegularExpressions;
using Campaign.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Privacy;

/// <summary>
/// Erases one person inside the caller's transaction. Writes go straight to the database (ExecuteUpdate and
/// ExecuteDelete) rather than through the change tracker: the automatic audit would otherwise copy every erased
/// value into a new audit entry's "before" column, keeping exactly what erasure must remove.
/// </summary>
internal static class Anonymiser
{
    public const string Struck = "[erased]";

    public sealed record Kept(int Interactions, int Positions);

    /// <returns>What was kept, or null when there is no such person or they were erased before.</returns>
    public static async Task<Kept?> EraseAsync(CampaignDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.DisplayName, s.GivenName, s.FamilyName, s.Honorific, s.AnonymisedAt }).SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.AnonymisedAt is not null) return null;
        var names = NamePattern(person.DisplayName, person.GivenName, person.FamilyName, person.Honorific);
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        await db.Stakeholders.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Honorific, (string?)null)
            .SetProperty(s => s.GivenName, "Erased")
            .SetProperty(s => s.FamilyName, $"person {id}")
            .SetProperty(s => s.DisplayName, $"Erased person {id}")
            .SetProperty(s => s.PostNominals, (string?)null)
            .SetProperty(s => s.Constituency, (string?)null)
            .SetProperty(s => s.Peerage, (string?)null)
            .SetProperty(s => s.ParliamentMemberId, (int?)null)
            .SetProperty(s => s.MembershipStartDate, (DateOnly?)null)
            .SetProperty(s => s.MembershipEndDate, (DateOnly?)null)
            .SetProperty(s => s.MembershipEndReason, (string?)null)
            .SetProperty(s => s.ThumbnailUrl, (string?)null)
            .SetProperty(s => s.Department, (string?)null)
            .SetProperty(s => s.Role, (string?)null)
            .SetProperty(s => s.OrganisationId, (int?)null)
            .SetProperty(s => s.Email, (string?)null)
            .SetProperty(s => s.Phone, (string?)null)
            .SetProperty(s => s.Address, (string?)null)
            .SetProperty(s => s.RelationshipOwnerId, (string?)null)
            .SetProperty(s => s.Notes, (string?)null)
            .SetProperty(s => s.DataSource, (string?)null)
            .SetProperty(s => s.LastReviewedOn, today)
            .SetProperty(s => s.AnonymisedAt, now)
            .SetProperty(s => s.UpdatedAt, now)
            .BumpVersion(db), cancellationToken);

        await db.Set<Dictionary<string, object>>("StakeholderTags").Where(t => EF.Property<int>(t, "StakeholdersId") == id).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.StakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(r => r.FromStakeholderId == id || r.ToStakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        var positions = await db.StatedPositions.Where(p => p.StakeholderId == id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Quote, (string?)null).SetProperty(p => p.EvidenceUrl, (string?)null).SetProperty(p => p.PqUin, (string?)null), cancellationToken);

        var interactionIds = await db.InteractionAttendees.Where(a => a.StakeholderId == id).Select(a => a.InteractionId).ToListAsync(cancellationToken);
        await StrikeFromInteractionsAsync(db, interactionIds, names, now, cancellationToken);
        var followUpIds = await db.FollowUps.Where(f => f.StakeholderId == id).Select(f => f.Id).ToListAsync(cancellationToken);
        foreach (var followUp in await db.FollowUps.AsNoTracking().Where(f => f.StakeholderId == id).Select(f => new { f.Id, f.Title }).ToListAsync(cancellationToken))
        {
            var title = Strike(followUp.Title, names);
            if (title != followUp.Title)
                await db.FollowUps.Where(f => f.Id == followUp.Id).ExecuteUpdateAsync(u => u.SetProperty(f => f.Title, title!).SetProperty(f => f.UpdatedAt, now), cancellationToken);
        }
        await RedactAuditAsync(db, id, names, interactionIds, followUpIds, cancellationToken);
        return new Kept(interactionIds.Count, positions);
    }

    private static async Task StrikeFromInteractionsAsync(CampaignDbContext db, List<int> ids, Regex names, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var texts = await db.Interactions.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Summary, i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs }).ToListAsync(cancellationToken);
        foreach (var i in texts)
        {
            var (title, summary, raised, concerns, theirs, ours) = (Strike(i.Title, names)!, Strike(i.Summary, names), Strike(i.AsksRaised, names),
                Strike(i.TheirConcerns, names), Strike(i.CommitmentsByThem, names), Strike(i.CommitmentsByUs, names));
            if (title == i.Title && summary == i.Summary && raised == i.AsksRaised && concerns == i.TheirConcerns && theirs == i.CommitmentsByThem && ours == i.CommitmentsByUs)
                continue;
            await db.Interactions.Where(x => x.Id == i.Id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Title, title).SetProperty(x => x.Summary, summary).SetProperty(x => x.AsksRaised, raised)
                .SetProperty(x => x.TheirConcerns, concerns).SetProperty(x => x.CommitmentsByThem, theirs).SetProperty(x => x.CommitmentsByUs, ours)
                .SetProperty(x => x.UpdatedAt, now).BumpVersion(db), cancellationToken);
        }
    }

    /// <summary>
    /// The audit trail keeps who did what and when, but not the erased values: every value in the person's own
    /// entries becomes [erased], and their name is struck from the entries of their contacts and follow-ups.
    /// </summary>
    private static async Task RedactAuditAsync(CampaignDbContext db, int id, Regex names, List<int> interactionIds, List<int> followUpIds, CancellationToken cancellationToken)
    {
        var own = await SubjectAccessReports.AuditAbout(db, id).AsTracking().ToListAsync(cancellationToken);
        foreach (var entry in own.Where(e => e.Action is not (Auditing.AuditAction.Viewed or Auditing.AuditAction.Exported)))
            entry.Changes = RedactValues(entry.Changes);
        var interactionKeys = interactionIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var followUpKeys = followUpIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var related = await db.AuditEntries
            .Where(a => (a.EntityType == "Interaction" && interactionKeys.Contains(a.EntityId)) || (a.EntityType == "FollowUp" && followUpKeys.Contains(a.EntityId)))
            .ToListAsync(cancellationToken);
        foreach (var entry in related.Except(own)) entry.Changes = names.Replace(entry.Changes, Struck);
        // Saved with the caller's SaveChanges: audit entries are never themselves audited.
    }

    private static string RedactValues(string changes)
    {
        using var document = System.Text.Json.JsonDocument.Parse(changes);
        var redacted = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => new
        {
            before = Redact(p.Value, "before"),
            after = Redact(p.Value, "after"),
        });
        return System.Text.Json.JsonSerializer.Serialize(redacted);
    }

    private static string? Redact(System.Text.Json.JsonElement change, string side) =>
        change.ValueKind == System.Text.Json.JsonValueKind.Object && change.TryGetProperty(side, out var value) && value.ValueKind != System.Text.Json.JsonValueKind.Null
            ? Struck
            : null;

    private static string? Strike(string? text, Regex names) => text is null ? null : names.Replace(text, Struck);

    /// <summary>The person's names as whole words, longest first: "Dr Rachel Iqbal", "Rachel Iqbal", "Dr Iqbal", "Iqbal".</summary>
    private static Regex NamePattern(string display, string given, string family, string? honorific)
    {
        var forms = new[] { display, $"{given} {family}", honorific is null ? null : $"{honorific} {family}", family.Length >= 3 ? family : null }
            .Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length).Select(Regex.Escape);
        return new Regex($@"\b(?:{string.Join("|", forms)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
