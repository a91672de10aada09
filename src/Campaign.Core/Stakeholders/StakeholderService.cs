using Campaign.Confidentiality;

namespace Campaign.Stakeholders;

/// <summary>Reads a stakeholder's profile and writes stakeholders, refusing a save over a newer one.</summary>
public sealed class StakeholderService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>The profile in the actor's view (see <see cref="Clearance"/>).</summary>
    public async Task<StakeholderProfile?> GetProfileAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var clearance = Clearances.Of(actor);
        var notes = clearance.SeesInternalNotes();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetLocalNow().DateTime;
        var profile = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StakeholderProfile(
                s.Id, s.Kind, s.DisplayName, s.Honorific, s.GivenName, s.FamilyName, s.PostNominals, s.Party,
                s.Constituency, s.House, s.Peerage, s.ParliamentMemberId, s.MembershipStartDate, s.MembershipEndDate,
                s.MembershipEndReason, s.Status, s.Department, s.Role, s.OrganisationId,
                s.Organisation != null ? s.Organisation.Name : null, s.Email, s.Phone, s.Address, s.Priority,
                s.Influence, s.Interest, s.RelationshipOwner != null ? s.RelationshipOwner.DisplayName : null,
                notes ? s.Notes : null, s.DataSource, s.LawfulBasis, s.LastReviewedOn, s.UpdatedAt)
            {
                Tags = s.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                Posts = s.Posts.OrderBy(p => p.Title)
                    .Select(p => new PostView(p.Title, p.Organisation != null ? p.Organisation.Name : null, p.StartOn, p.EndOn)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (profile is null) return null;
        var lastContacted = await db.Stakeholders.Where(s => s.Id == id).Select(StakeholderQueries.LastContacted(now, clearance))
            .SingleAsync(cancellationToken);

        var positions = await db.StatedPositions.AsNoTracking().VisibleTo(clearance).Where(p => p.StakeholderId == id)
            .OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.Id)
            .Select(p => new PositionView(p.Id, p.AskId, p.Ask!.Title, p.Stance, p.StatedOn, p.EvidenceKind, p.InteractionId, p.PqUin,
                p.EvidenceUrl, p.Quote, p.Confidence, p.RecordedBy != null ? p.RecordedBy.DisplayName : null, p.IsConfidential))
            .ToListAsync(cancellationToken);

        var interactions = await db.InteractionAttendees.AsNoTracking().VisibleTo(clearance).Where(a => a.StakeholderId == id)
            .Select(a => a.Interaction!)
            .OrderByDescending(i => i.OccurredAt)
            .Select(i => new InteractionSummary(i.Id, i.Kind, i.OccurredAt, i.Title, i.Location, i.IsConfidential))
            .ToListAsync(cancellationToken);

        var followUps = await db.FollowUps.AsNoTracking().VisibleTo(clearance).Where(f => f.StakeholderId == id)
            .OrderBy(f => f.Status).ThenBy(f => f.DueOn)
            .Select(f => new FollowUpView(f.Id, f.Title, f.DueOn, f.Status, f.Owner != null ? f.Owner.DisplayName : null, f.InteractionId))
            .ToListAsync(cancellationToken);

        var outgoing = await db.Relationships.AsNoTracking().Where(r => r.FromStakeholderId == id)
            .Select(r => new RelationshipView(r.Id, r.Type, false, r.ToStakeholderId, r.ToOrganisationId,
                r.ToStakeholder != null ? r.ToStakeholder.DisplayName : r.ToOrganisation!.Name, r.StartOn, r.EndOn, r.Note))
            .ToListAsync(cancellationToken);
        var incoming = await db.Relationships.AsNoTracking().Where(r => r.ToStakeholderId == id)
            .Select(r => new RelationshipView(r.Id, r.Type, true, r.FromStakeholderId, null,
                r.FromStakeholder!.DisplayName, r.StartOn, r.EndOn, r.Note))
            .ToListAsync(cancellationToken);

        return profile with
        {
            LastContacted = lastContacted,
            Positions = positions,
            Interactions = interactions,
            FollowUps = followUps,
            Relationships = [.. outgoing, .. incoming],
        };
    }

    public async Task<StakeholderEditModel?> GetForEditAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var s = await db.Stakeholders.AsNoTracking().Include(x => x.Tags).Include(x => x.Posts)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (s is null) return null;
        return new StakeholderEditModel
        {
            Kind = s.Kind, Honorific = s.Honorific, GivenName = s.GivenName, FamilyName = s.FamilyName,
            PostNominals = s.PostNominals, DisplayName = s.DisplayName, Party = s.Party, Constituency = s.Constituency,
            Peerage = s.Peerage, ParliamentMemberId = s.ParliamentMemberId, Status = s.Status, Department = s.Department,
            Role = s.Role, OrganisationId = s.OrganisationId, Email = s.Email, Phone = s.Phone, Address = s.Address,
            Priority = s.Priority, Influence = s.Influence, Interest = s.Interest, RelationshipOwnerId = s.RelationshipOwnerId,
            Tags = string.Join(", ", s.Tags.Select(t => t.Name).Order()),
            Posts = string.Join('\n', s.Posts.Select(p => p.Title).Order()),
            Notes = s.Notes, DataSource = s.DataSource, LawfulBasis = s.LawfulBasis, LastReviewedOn = s.LastReviewedOn,
            Version = s.Version,
        };
    }

    public Task<SaveResult> CreateAsync(Actor actor, StakeholderEditModel model, CancellationToken cancellationToken = default) =>
        CreateAsync(actor, model, mayTryAgain: true, cancellationToken);

    private async Task<SaveResult> CreateAsync(Actor actor, StakeholderEditModel model, bool mayTryAgain, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var errors = await ValidateAsync(db, model, null, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        var stakeholder = new Stakeholder { GivenName = "", FamilyName = "", DisplayName = "" };
        await ApplyAsync(db, stakeholder, model, cancellationToken);
        db.Stakeholders.Add(stakeholder);
        return await db.SaveCheckedAsync(() => stakeholder.Id,
            () => AfterClashAsync(model, null, mayTryAgain ? () => CreateAsync(actor, model, false, cancellationToken) : null, cancellationToken), cancellationToken);
    }

    public Task<SaveResult> UpdateAsync(Actor actor, int id, StakeholderEditModel model, CancellationToken cancellationToken = default) =>
        UpdateAsync(actor, id, model, mayTryAgain: true, cancellationToken);

    private async Task<SaveResult> UpdateAsync(Actor actor, int id, StakeholderEditModel model, bool mayTryAgain, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var stakeholder = await db.Stakeholders.Include(s => s.Tags).Include(s => s.Posts)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stakeholder is null) return SaveResult.NotFound();
        if (stakeholder.Version != model.Version) return SaveResult.Conflict();

        var errors = await ValidateAsync(db, model, id, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        // The token in the UPDATE's WHERE clause is the version the editor loaded, catching a save that lands between our read and write.
        db.ExpectVersion(stakeholder, model.Version);
        await ApplyAsync(db, stakeholder, model, cancellationToken);
        return await db.SaveCheckedAsync(() => id,
            () => AfterClashAsync(model, id, mayTryAgain ? () => UpdateAsync(actor, id, model, false, cancellationToken) : null, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// After a unique index refused the save: the clash as validation now sees it (a member id someone else saved), or
    /// else the save once more (a new tag someone else created meanwhile is found and used this time).
    /// </summary>
    private async Task<SaveResult> AfterClashAsync(StakeholderEditModel model, int? id, Func<Task<SaveResult>>? saveAgain, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var errors = await ValidateAsync(db, model, id, cancellationToken);
            if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        }
        return saveAgain is null ? SaveResult.Conflict() : await saveAgain();
    }

    private static async Task<ValidationErrors> ValidateAsync(CampaignDbContext db, StakeholderEditModel model, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);

        foreach (var (property, message) in StakeholderRules.MissingForKind(model.Kind, model.Constituency, model.Party, model.Department, model.OrganisationId))
            errors.Add(property, message);

        if (model.ParliamentMemberId is { } memberId &&
            await db.Stakeholders.AnyAsync(s => s.ParliamentMemberId == memberId && s.Id != id, cancellationToken))
            errors.Add(nameof(model.ParliamentMemberId), $"Parliament member id {memberId} already belongs to another stakeholder.");

        if (model.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            errors.Add(nameof(model.OrganisationId), "That organisation no longer exists.");

        if (!string.IsNullOrEmpty(model.RelationshipOwnerId) &&
            !await db.Users.AnyAsync(u => u.Id == model.RelationshipOwnerId, cancellationToken))
            errors.Add(nameof(model.RelationshipOwnerId), "That relationship owner is not a user.");

        if (model.TagList().FirstOrDefault(t => t.Length > 60) is { } longTag)
            errors.Add(nameof(model.Tags), $"Tag \"{longTag[..20]}…\" is longer than 60 characters.");
        if (model.PostList().FirstOrDefault(p => p.Length > 300) is { } longPost)
            errors.Add(nameof(model.Posts), $"Post \"{longPost[..20]}…\" is longer than 300 characters.");

        return errors;
    }

    private static async Task ApplyAsync(CampaignDbContext db, Stakeholder s, StakeholderEditModel m, CancellationToken cancellationToken)
    {
        s.Kind = m.Kind;
        s.Honorific = Clean(m.Honorific);
        s.GivenName = m.GivenName.Trim();
        s.FamilyName = m.FamilyName.Trim();
        s.PostNominals = Clean(m.PostNominals);
        s.DisplayName = Clean(m.DisplayName) ?? Stakeholder.ComposeDisplayName(s.Honorific, s.GivenName, s.FamilyName);
        s.Party = Clean(m.Party);
        s.Constituency = Clean(m.Constituency);
        s.Peerage = Clean(m.Peerage);
        s.House = m.Kind switch { StakeholderKind.MP => House.Commons, StakeholderKind.Peer => House.Lords, _ => null };
        s.ParliamentMemberId = m.ParliamentMemberId;
        s.Status = m.Status;
        s.Department = Clean(m.Department);
        s.Role = Clean(m.Role);
        s.OrganisationId = m.OrganisationId;
        s.Email = Clean(m.Email);
        s.Phone = Clean(m.Phone);
        s.Address = Clean(m.Address);
        s.Priority = m.Priority;
        s.Influence = m.Influence;
        s.Interest = m.Interest;
        s.RelationshipOwnerId = Clean(m.RelationshipOwnerId);
        s.Notes = Clean(m.Notes);
        s.DataSource = Clean(m.DataSource);
        s.LawfulBasis = m.LawfulBasis;
        s.LastReviewedOn = m.LastReviewedOn;

        var tagNames = m.TagList();
        var existing = await db.Tags.Where(t => tagNames.Contains(t.Name)).ToListAsync(cancellationToken);
        s.Tags.Clear();
        foreach (var name in tagNames)
            s.Tags.Add(existing.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) ?? new Tag { Name = name });

        var postTitles = m.PostList();
        s.Posts.RemoveAll(p => !postTitles.Contains(p.Title));
        foreach (var title in postTitles.Where(t => s.Posts.All(p => p.Title != t)))
            s.Posts.Add(new Post { Title = title });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
