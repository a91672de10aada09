using Campaign.Auditing;
using Campaign.Stakeholders;

namespace Campaign.Privacy;

/// <summary>Gathers a subject-access report from the database (administrators only, so nothing is withheld from it).</summary>
internal static class SubjectAccessReports
{
    public static async Task<SubjectAccessReport?> LoadAsync(CampaignDbContext db, int id, DateTimeOffset now, string generatedBy, CancellationToken cancellationToken)
    {
        var person = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SubjectDetails(
                s.Kind, s.DisplayName, s.Honorific, s.GivenName, s.FamilyName, s.PostNominals, s.Party, s.Constituency, s.House, s.Peerage,
                s.ParliamentMemberId, s.MembershipStartDate, s.MembershipEndDate, s.MembershipEndReason, s.Status, s.Department, s.Role,
                s.Organisation != null ? s.Organisation.Name : null, s.Email, s.Phone, s.Address, s.Priority, s.Influence, s.Interest,
                s.RelationshipOwner != null ? s.RelationshipOwner.DisplayName : null, s.Notes, s.DataSource, s.LawfulBasis, s.LastReviewedOn,
                s.CreatedAt, s.UpdatedAt, s.AnonymisedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return null;

        var tags = await db.Stakeholders.Where(s => s.Id == id).SelectMany(s => s.Tags).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(p => p.StakeholderId == id).OrderBy(p => p.Title)
            .Select(p => new SubjectPost(p.Title, p.Organisation != null ? p.Organisation.Name : null, p.StartOn, p.EndOn)).ToListAsync(cancellationToken);
        var outgoing = await db.Relationships.AsNoTracking().Where(r => r.FromStakeholderId == id)
            .Select(r => new SubjectRelationship(r.Type, false, r.ToStakeholder != null ? r.ToStakeholder.DisplayName : r.ToOrganisation!.Name, r.StartOn, r.EndOn, r.Note))
            .ToListAsync(cancellationToken);
        var incoming = await db.Relationships.AsNoTracking().Where(r => r.ToStakeholderId == id)
            .Select(r => new SubjectRelationship(r.Type, true, r.FromStakeholder!.DisplayName, r.StartOn, r.EndOn, r.Note))
            .ToListAsync(cancellationToken);
        var interactions = await db.InteractionAttendees.AsNoTracking().Where(a => a.StakeholderId == id).Select(a => a.Interaction!)
            .OrderBy(i => i.OccurredAt)
            .Select(i => new SubjectInteraction(i.Id, i.Kind, i.OccurredAt, i.Title, i.Location, i.Summary, i.AsksRaised, i.TheirConcerns,
                i.CommitmentsByThem, i.CommitmentsByUs, i.IsConfidential,
                i.Staff.OrderBy(s => s.User!.DisplayName).Select(s => s.User!.DisplayName).ToList(),
                i.Partners.OrderBy(p => p.Organisation!.Name).Select(p => p.Organisation!.Name).ToList(),
                i.Attendees.Count - 1))
            .ToListAsync(cancellationToken);
        var positions = await db.StatedPositions.AsNoTracking().Where(p => p.StakeholderId == id)
            .OrderBy(p => p.Ask!.SortOrder).ThenBy(p => p.StatedOn).ThenBy(p => p.Id)
            .Select(p => new SubjectPosition(p.Ask!.Title, p.Stance, p.StatedOn, p.EvidenceKind, p.Interaction != null ? p.Interaction.Title : null,
                p.PqUin, p.EvidenceUrl, p.Quote, p.Confidence, p.RecordedBy != null ? p.RecordedBy.DisplayName : null, p.RecordedAt))
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.StakeholderId == id).OrderBy(f => f.DueOn)
            .Select(f => new SubjectFollowUp(f.Title, f.DueOn, f.Status, f.Owner != null ? f.Owner.DisplayName : null)).ToListAsync(cancellationToken);
        var memberEvents = await db.MemberEvents.AsNoTracking().Where(e => e.StakeholderId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new SubjectMemberEvent(e.Kind, e.Detail, e.At, e.DismissedAt, e.DismissedBy)).ToListAsync(cancellationToken);
        var parliamentItems = await db.MonitorItems.AsNoTracking().Where(i => i.StakeholderId == id).OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new SubjectParliamentItem(i.Source, i.Date, i.Title, i.Url, i.Status)).ToListAsync(cancellationToken);
        var packIds = await Briefings.PackMentions.PacksMentioningAsync(db, id, cancellationToken);
        var packs = await db.BriefingPacks.AsNoTracking().Where(b => packIds.Contains(b.Id)).OrderBy(b => b.GeneratedAt).ThenBy(b => b.Id)
            .Select(b => new SubjectPack(b.Id, b.GeneratedAt,
                b.ListDescription != null ? SubjectPackKind.List : b.InteractionId != null ? SubjectPackKind.Meeting : SubjectPackKind.Person,
                b.IsInternal ? Briefings.BriefingEdition.Internal : Briefings.BriefingEdition.Shareable,
                b.GeneratedBy != null ? b.GeneratedBy.DisplayName : null, b.PageCount))
            .ToListAsync(cancellationToken);
        var audit = (await AuditAbout(db, id).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .Select(AuditTrail.ToRow)
            .Select(r => new SubjectAuditEntry(r.At, r.UserName, r.EntityType, r.EntityId, r.Action, r.Changes))
            .ToList();

        return new SubjectAccessReport(id, now, generatedBy, person)
        {
            Tags = tags, Posts = posts, Relationships = [.. outgoing, .. incoming], Interactions = interactions,
            Positions = positions, FollowUps = followUps, MemberEvents = memberEvents, ParliamentItems = parliamentItems, Packs = packs, Audit = audit,
        };
    }

    /// <summary>
    /// Audit entries about the person: of their own record (including every view, export and erasure), and of the
    /// rows linked to them: tags, attendances, and records created or deleted with their id.
    /// </summary>
    public static IQueryable<AuditEntry> AuditAbout(CampaignDbContext db, int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = $"%\"StakeholderId\":{{\"before\":null,\"after\":{key}}}%";
        var deleted = $"%\"StakeholderId\":{{\"before\":{key},\"after\":null}}%";
        var createdFrom = $"%\"FromStakeholderId\":{{\"before\":null,\"after\":{key}}}%";
        var createdTo = $"%\"ToStakeholderId\":{{\"before\":null,\"after\":{key}}}%";
        return db.AuditEntries.AsNoTracking().Where(a =>
            (a.EntityType == nameof(Stakeholder) && a.EntityId == key) ||
            (a.EntityType == "StakeholderTags" && a.EntityId.StartsWith(key + ",")) ||
            (a.EntityType == "InteractionAttendee" && a.EntityId.EndsWith("," + key)) ||
            EF.Functions.Like(a.Changes, created) || EF.Functions.Like(a.Changes, deleted) ||
            EF.Functions.Like(a.Changes, createdFrom) || EF.Functions.Like(a.Changes, createdTo));
    }
}
