using System.Globalization;
using System.Text.Json;
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

    /// <summary>One erased person: who they were (to strike them from the audit, import history and packs) and what was kept.</summary>
    public sealed record Erased(ErasedPerson Person, Kept Kept, AuditScope Audit);

    /// <returns>What was erased, or null when there is no such person or they were erased before.</returns>
    public static async Task<Erased?> EraseAsync(CampaignDbContext db, int id, byte[] suppressionKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.DisplayName, s.GivenName, s.FamilyName, s.Honorific, s.Email, s.Phone, s.Address, s.ParliamentMemberId, s.AnonymisedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.AnonymisedAt is not null) return null;

        var own = await SubjectAccessReports.AuditAbout(db, id).Select(a => new { a.Id, a.EntityType, a.EntityId, a.Action, a.Changes }).ToListAsync(cancellationToken);
        var identity = new ErasedPerson.Builder(id, person.ParliamentMemberId)
            .Name(person.Honorific, person.GivenName, person.FamilyName, person.DisplayName)
            .Email(person.Email).Phone(person.Phone).Address(person.Address);
        // Names, emails and numbers they had before: an edit's "before" is in their own audit entries, a Members
        // import's in its summary. Each is struck as their current one is, and each email is suppressed.
        foreach (var entry in own.Where(e => e.EntityType == nameof(Stakeholders.Stakeholder)))
            EarlierValues(entry.Changes, identity);
        await ImportHistoryRedaction.EarlierNamesAsync(db, id, person.ParliamentMemberId, identity, cancellationToken);
        var erased = identity.Build();

        var scope = new AuditScope(erased) { OwnEntries = own.Where(e => e.Action is not (Auditing.AuditAction.Viewed or Auditing.AuditAction.Exported)).Select(e => e.Id).ToHashSet() };
        scope.OwnRecords(nameof(Stakeholders.Post), await db.Posts.Where(p => p.StakeholderId == id).Select(p => p.Id).ToListAsync(cancellationToken));
        scope.OwnRecords(nameof(Stakeholders.Relationship), await db.Relationships.Where(r => r.FromStakeholderId == id || r.ToStakeholderId == id).Select(r => r.Id).ToListAsync(cancellationToken));
        var positionIds = await db.StatedPositions.Where(p => p.StakeholderId == id).Select(p => p.Id).ToListAsync(cancellationToken);
        scope.Positions.UnionWith(positionIds.Select(Key));
        // Every contact they attended, including those they were removed from and those deleted since (their attendance
        // is in the audit as "interaction,person").
        var attended = await db.InteractionAttendees.Where(a => a.StakeholderId == id).Select(a => a.InteractionId).ToListAsync(cancellationToken);
        var interactionIds = attended.Concat(own.Where(e => e.EntityType == "InteractionAttendee")
                .Select(e => int.TryParse(e.EntityId.Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0).Where(i => i > 0))
            .Distinct().ToList();
        var followUpIds = await db.FollowUps.Where(f => f.StakeholderId == id || (f.InteractionId != null && interactionIds.Contains(f.InteractionId.Value)))
            .Select(f => f.Id).ToListAsync(cancellationToken);
        scope.Linked("Interaction", interactionIds);
        scope.Linked(nameof(Engagements.FollowUp), followUpIds);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await db.Stakeholders.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Honorific, (string?)null)
            .SetProperty(s => s.GivenName, "Erased")
            .SetProperty(s => s.FamilyName, $"person {id}")
            .SetProperty(s => s.DisplayName, erased.Stub)
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
        // The member id is cleared from the record; the keyed hash stops an import bringing them back.
        await ErasureSuppressions.AddAsync(db, suppressionKey, person.ParliamentMemberId, erased.Emails, cancellationToken);

        await db.Set<Dictionary<string, object>>("StakeholderTags").Where(t => EF.Property<int>(t, "StakeholdersId") == id).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.StakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(r => r.FromStakeholderId == id || r.ToStakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        var positions = await db.StatedPositions.Where(p => p.StakeholderId == id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Quote, (string?)null).SetProperty(p => p.EvidenceUrl, (string?)null).SetProperty(p => p.PqUin, (string?)null), cancellationToken);

        await StrikeFromInteractionsAsync(db, interactionIds, erased, now, cancellationToken);
        foreach (var followUp in await db.FollowUps.AsNoTracking().Where(f => followUpIds.Contains(f.Id)).Select(f => new { f.Id, f.Title }).ToListAsync(cancellationToken))
        {
            var title = Strike(followUp.Title, erased)!;
            if (title != followUp.Title)
                await db.FollowUps.Where(f => f.Id == followUp.Id).ExecuteUpdateAsync(u => u.SetProperty(f => f.Title, title).SetProperty(f => f.UpdatedAt, now), cancellationToken);
        }
        return new Erased(erased, new Kept(attended.Count, positions), scope);
    }

    private static async Task StrikeFromInteractionsAsync(CampaignDbContext db, List<int> ids, ErasedPerson person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var texts = await db.Interactions.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Summary, i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs }).ToListAsync(cancellationToken);
        foreach (var i in texts)
        {
            var (title, summary, raised, concerns, theirs, ours) = (Strike(i.Title, person)!, Strike(i.Summary, person), Strike(i.AsksRaised, person),
                Strike(i.TheirConcerns, person), Strike(i.CommitmentsByThem, person), Strike(i.CommitmentsByUs, person));
            if (title == i.Title && summary == i.Summary && raised == i.AsksRaised && concerns == i.TheirConcerns && theirs == i.CommitmentsByThem && ours == i.CommitmentsByUs)
                continue;
            await db.Interactions.Where(x => x.Id == i.Id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Title, title).SetProperty(x => x.Summary, summary).SetProperty(x => x.AsksRaised, raised)
                .SetProperty(x => x.TheirConcerns, concerns).SetProperty(x => x.CommitmentsByThem, theirs).SetProperty(x => x.CommitmentsByUs, ours)
                .SetProperty(x => x.UpdatedAt, now).BumpVersion(db), cancellationToken);
        }
    }

    /// <summary>Contacts and follow-ups about them are about them: every name of theirs goes, single names too.</summary>
    private static string? Strike(string? text, ErasedPerson person) => text is null ? null : JsonStrings.Strike(text, person.Any);

    /// <summary>Values their record held before an edit, read from the decoded audit entry.</summary>
    private static void EarlierValues(string changes, ErasedPerson.Builder identity)
    {
        using var document = JsonDocument.Parse(changes);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            foreach (var side in new[] { "before", "after" })
            {
                if (field.Value.ValueKind != JsonValueKind.Object || !field.Value.TryGetProperty(side, out var value) || value.ValueKind != JsonValueKind.String)
                    continue;
                var text = value.GetString();
                switch (field.Name)
                {
                    case "DisplayName": identity.FullName(text); break;
                    case "GivenName" or "FamilyName": identity.SingleName(text); break;
                    case "Email": identity.Email(text); break;
                    case "Phone": identity.Phone(text); break;
                    case "Address": identity.Address(text); break;
                }
            }
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
