using Campaign.Confidentiality;
using Campaign.Engagements;

namespace Campaign.Briefings;

/// <summary>
/// Loads what packs are made from, for any number of people in a fixed number of queries (one per kind of record),
/// so a bulk export costs a handful of round trips per batch rather than several per person.
/// </summary>
internal static class BriefingDataLoader
{
    public static async Task<PackCampaign?> CampaignAsync(CampaignDbContext db, int? campaignId, CancellationToken cancellationToken)
    {
        return await Campaigns.CampaignService.ChosenOrCurrent(db.Campaigns.AsNoTracking(), campaignId)
            .Select(c => new PackCampaign(c.Id, c.Name, c.Goal)
            {
                Asks = c.Asks.OrderBy(a => a.SortOrder).Select(a => new PackAsk(a.Id, a.Code, a.Title, a.Description)).ToList(),
                Milestones = c.Milestones.OrderBy(m => m.SortOrder).Select(m => new PackMilestone(m.Title, m.TargetDate, m.CompletedOn, m.Status)).ToList(),
                Partners = c.Partners.OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
                    .Select(p => new PackPartner(p.Organisation!.Name, p.Organisation.ShortName, p.Role, p.Organisation.Website)).ToList(),
                Bills = db.TrackedBills.Where(b => b.CampaignId == c.Id && !b.IsWithdrawn && !b.IsDefeated)
                    .OrderByDescending(b => b.LastUpdatedOn).ThenBy(b => b.ShortTitle)
                    .Select(b => new PackBill(b.ShortTitle, b.Stages.OrderByDescending(s => s.SortOrder).Select(s => s.Description).FirstOrDefault(),
                        b.CurrentHouse, b.IsAct)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest version of each audience's statement.</summary>
    public static async Task<IReadOnlyDictionary<Templates.Audience, PackStatement>> StatementsAsync(
        CampaignDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var latest = await db.PositionStatementTemplates.AsNoTracking()
            .Where(t => t.CampaignId == campaignId && t.Kind == Templates.TemplateKind.PositionStatement && !db.PositionStatementTemplates.Any(n =>
                n.CampaignId == t.CampaignId && n.Kind == t.Kind && n.Audience == t.Audience && n.VersionNumber > t.VersionNumber))
            .Select(t => new PackStatement(t.Id, t.Audience, t.VersionNumber, t.Title, t.Markdown))
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(t => t.Audience);
    }

    /// <summary>A meeting in the pack's view: null when there is none, or it is confidential and the pack is shareable.</summary>
    public static async Task<PackMeeting?> MeetingAsync(CampaignDbContext db, int interactionId, Clearance clearance, CancellationToken cancellationToken)
    {
        var notes = clearance.SeesInternalNotes();
        return await db.Interactions.AsNoTracking().VisibleTo(clearance)
            .Where(i => i.Id == interactionId)
            .Select(i => new PackMeeting(i.Id, i.CampaignId, i.Kind, i.OccurredAt, i.Title, i.Location, i.Summary,
                notes ? i.AsksRaised : null, i.IsConfidential)
            {
                AttendeeIds = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).ThenBy(a => a.Stakeholder!.GivenName).Select(a => a.StakeholderId).ToList(),
                Staff = i.Staff.OrderBy(s => s.User!.DisplayName).Select(s => s.User!.DisplayName).ToList(),
                Partners = i.Partners.OrderBy(p => p.Organisation!.Name).Select(p => p.Organisation!.Name).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>People with everything a pack shows about them in its view, in the order of <paramref name="ids"/>.</summary>
    public static async Task<IReadOnlyList<PackPerson>> PeopleAsync(
        CampaignDbContext db, IReadOnlyCollection<int> ids, Clearance clearance, CancellationToken cancellationToken)
    {
        ids = ids.Distinct().ToArray();
        var notes = clearance.SeesInternalNotes();
        var people = await db.Stakeholders.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new PackPerson(
                s.Id, s.Kind, s.DisplayName, s.Honorific, s.GivenName, s.FamilyName, s.PostNominals, s.Party, s.Constituency, s.House,
                s.Peerage, s.Status, s.MembershipStartDate, s.Department, s.Role, s.Organisation != null ? s.Organisation.Name : null,
                s.Email, s.Phone, s.Priority, s.Influence, s.Interest,
                s.RelationshipOwner != null ? s.RelationshipOwner.DisplayName : null, notes ? s.Notes : null))
            .ToListAsync(cancellationToken);

        var posts = (await db.Posts.AsNoTracking().Where(p => ids.Contains(p.StakeholderId))
                .OrderBy(p => p.Title).Select(p => new { p.StakeholderId, p.Title }).ToListAsync(cancellationToken))
            .ToLookup(p => p.StakeholderId, p => p.Title);

        var outgoing = await db.Relationships.AsNoTracking().Where(r => ids.Contains(r.FromStakeholderId))
            .Select(r => new
            {
                Id = r.FromStakeholderId,
                Relationship = new PackRelationship(r.Type, false, r.ToStakeholder != null ? r.ToStakeholder.DisplayName : r.ToOrganisation!.Name,
                    r.StartOn, r.EndOn, r.Note),
            })
            .ToListAsync(cancellationToken);
        var incoming = await db.Relationships.AsNoTracking().Where(r => r.ToStakeholderId != null && ids.Contains(r.ToStakeholderId.Value))
            .Select(r => new
            {
                Id = r.ToStakeholderId!.Value,
                Relationship = new PackRelationship(r.Type, true, r.FromStakeholder!.DisplayName, r.StartOn, r.EndOn, r.Note),
            })
            .ToListAsync(cancellationToken);
        var relationships = outgoing.Concat(incoming).ToLookup(r => r.Id, r => r.Relationship);

        var positions = (await db.StatedPositions.AsNoTracking().VisibleTo(clearance).Where(p => ids.Contains(p.StakeholderId))
                .OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.Id)
                .Select(p => new
                {
                    p.StakeholderId,
                    Position = new PackPosition(p.Id, p.AskId, p.Ask!.Title, p.Ask.SortOrder, p.Stance, p.StatedOn, p.EvidenceKind,
                        p.Interaction != null ? p.Interaction.Title : null, p.PqUin, p.EvidenceUrl, p.Quote, p.Confidence, p.IsConfidential),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.StakeholderId, p => p.Position);

        var interactions = (await db.InteractionAttendees.AsNoTracking().VisibleTo(clearance)
                .Where(a => ids.Contains(a.StakeholderId))
                .OrderByDescending(a => a.Interaction!.OccurredAt).ThenByDescending(a => a.InteractionId)
                .Select(a => new
                {
                    a.StakeholderId,
                    Interaction = new PackInteraction(a.InteractionId, a.Interaction!.Kind, a.Interaction.OccurredAt, a.Interaction.Title,
                        a.Interaction.Location, a.Interaction.Summary,
                        notes ? a.Interaction.AsksRaised : null, notes ? a.Interaction.TheirConcerns : null,
                        notes ? a.Interaction.CommitmentsByThem : null, notes ? a.Interaction.CommitmentsByUs : null,
                        a.Interaction.IsConfidential),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.StakeholderId, i => i.Interaction);

        var followUps = (await db.FollowUps.AsNoTracking().VisibleTo(clearance)
                .Where(f => f.StakeholderId != null && ids.Contains(f.StakeholderId.Value) && f.Status == FollowUpStatus.Open)
                .OrderBy(f => f.DueOn)
                .Select(f => new { Id = f.StakeholderId!.Value, FollowUp = new PackFollowUp(f.Title, f.DueOn, f.Owner != null ? f.Owner.DisplayName : null, f.Status) })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.Id, f => f.FollowUp);

        var parliament = (await db.MonitorItems.AsNoTracking().VisibleTo(clearance)
                .Where(i => i.StakeholderId != null && ids.Contains(i.StakeholderId.Value) && i.Status != Monitoring.TriageStatus.Dismissed)
                .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
                .Select(i => new { Id = i.StakeholderId!.Value, Item = new PackParliamentItem(i.Source, i.Title, i.Date, i.Reference, i.Url) })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.Id, i => i.Item);

        var order = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        return people
            .OrderBy(p => order[p.Id])
            .Select(p => p with
            {
                Posts = posts[p.Id].ToList(),
                Relationships = relationships[p.Id].ToList(),
                Positions = positions[p.Id].ToList(),
                Interactions = interactions[p.Id].ToList(),
                FollowUps = followUps[p.Id].ToList(),
                Parliament = parliament[p.Id].ToList(),
            })
            .ToList();
    }
}
