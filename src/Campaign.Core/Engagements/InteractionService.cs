using Campaign.Confidentiality;
using Campaign.Positions;

namespace Campaign.Engagements;

/// <summary>Logs, reads, edits and deletes interactions. A log with its positions and follow-ups is one save: all or nothing.</summary>
public sealed class InteractionService(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<SaveResult> LogAsync(Actor actor, InteractionEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var (errors, interaction) = await AddAsync(db, actor, model, cancellationToken);
        if (interaction is null) return SaveResult.Invalid(errors.ToDictionary());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (model.MessageId is not null && UniqueIndexClash.Is(ex))
        {
            // Someone logged the same email between the check and the save.
            return SaveResult.Invalid(new Dictionary<string, string[]> { [nameof(model.MessageId)] = [InteractionValidator.AlreadyLogged] });
        }
        return SaveResult.Saved(interaction.Id);
    }

    /// <summary>Checks a log and adds it, with its positions and follow-ups, to <paramref name="db"/> unsaved (for callers saving more with it).</summary>
    internal static async Task<(ValidationErrors Errors, Interaction? Interaction)> AddAsync(
        CampaignDbContext db, Actor actor, InteractionEditModel model, CancellationToken cancellationToken)
    {
        var errors = await InteractionValidator.ValidateAsync(db, model, cancellationToken);
        var messageId = Clean(model.MessageId);
        if (messageId is not null && await db.Interactions.AnyAsync(i => i.MessageId == messageId, cancellationToken))
            errors.Add(nameof(model.MessageId), InteractionValidator.AlreadyLogged);
        if (errors.Any) return (errors, null);
        var interaction = new Interaction { Title = "", CreatedById = actor.UserId, MessageId = messageId };
        Apply(interaction, model);
        AddPositionsAndFollowUps(db, interaction, model, actor);
        await Mail.AssignmentEmails.EnqueueAsync(db, interaction, actor, cancellationToken);
        db.Interactions.Add(interaction);
        return (errors, interaction);
    }

    public async Task<InteractionEditModel?> GetForEditAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Interactions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new InteractionEditModel
            {
                CampaignId = i.CampaignId, Kind = i.Kind, OccurredAt = i.OccurredAt, Title = i.Title, Location = i.Location,
                AttendeeIds = i.Attendees.Select(a => a.StakeholderId).ToList(),
                StaffIds = i.Staff.Select(s => s.UserId).ToList(),
                PartnerIds = i.Partners.Select(p => p.OrganisationId).ToList(),
                AskIds = i.Asks.Select(a => a.AskId).ToList(),
                Summary = i.Summary, AsksRaised = i.AsksRaised, TheirConcerns = i.TheirConcerns,
                CommitmentsByThem = i.CommitmentsByThem, CommitmentsByUs = i.CommitmentsByUs,
                IsConfidential = i.IsConfidential, MessageId = i.MessageId, Version = i.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(Actor actor, int id, InteractionEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var interaction = await WithLinks(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interaction is null) return SaveResult.NotFound();
        if (interaction.Version != model.Version) return SaveResult.Conflict();
        var errors = await InteractionValidator.ValidateAsync(db, model, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        db.ExpectVersion(interaction, model.Version);
        Apply(interaction, model);
        AddPositionsAndFollowUps(db, interaction, model, actor);
        await Mail.AssignmentEmails.EnqueueAsync(db, interaction, actor, cancellationToken);
        return await db.SaveEditAsync(id, cancellationToken);
    }

    /// <summary>
    /// Deletes the interaction and its links (the audit keeps every value). Positions and follow-ups it produced are
    /// history and lose only their link; a confidential position stays confidential.
    /// </summary>
    public async Task<SaveResult> DeleteAsync(Actor actor, int id, long version, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.LogEngagements);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var interaction = await WithLinks(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interaction is null) return SaveResult.NotFound();
        if (interaction.Version != version) return SaveResult.Conflict();
        foreach (var position in await db.StatedPositions.Where(p => p.InteractionId == id).ToListAsync(cancellationToken))
            position.InteractionId = null;
        foreach (var followUp in await db.FollowUps.Where(f => f.InteractionId == id).ToListAsync(cancellationToken))
            followUp.InteractionId = null;
        db.Interactions.Remove(interaction);
        return await db.SaveEditAsync(id, cancellationToken);
    }

    /// <summary>The interaction in the actor's view (see <see cref="Clearance"/>): confidential ones don't exist for coalition members.</summary>
    public async Task<InteractionDetail?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var clearance = Clearances.Of(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Interactions.AsNoTracking().VisibleTo(clearance)
            .Where(i => i.Id == id)
            .Select(i => new
            {
                Detail = new InteractionDetail(i.Id, i.CampaignId, i.Kind, i.OccurredAt, i.Title, i.Location, i.Summary, i.IsConfidential,
                    i.Version, i.CreatedBy != null ? i.CreatedBy.DisplayName : null)
                {
                    Attendees = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).Select(a => new PersonRef(a.StakeholderId, a.Stakeholder!.DisplayName)).ToList(),
                    Staff = i.Staff.OrderBy(s => s.User!.DisplayName).Select(s => s.User!.DisplayName).ToList(),
                    Partners = i.Partners.OrderBy(p => p.Organisation!.Name).Select(p => new OrganisationName(p.OrganisationId, p.Organisation!.Name)).ToList(),
                    AsksDiscussed = i.Asks.OrderBy(a => a.Ask!.SortOrder).Select(a => a.Ask!.Title).ToList(),
                },
                Notes = new StructuredNotes(i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;

        var positions = await db.StatedPositions.AsNoTracking().VisibleTo(clearance).Where(p => p.InteractionId == id)
            .OrderBy(p => p.Stakeholder!.FamilyName).ThenBy(p => p.Ask!.SortOrder)
            .Select(p => new PositionFromInteraction(p.StakeholderId, p.Stakeholder!.DisplayName, p.Ask!.Title, p.Stance, p.Quote, p.Confidence,
                p.IsConfidential))
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().VisibleTo(clearance).Where(f => f.InteractionId == id).OrderBy(f => f.DueOn)
            .Select(f => new FollowUpFromInteraction(f.Id, f.Title, f.DueOn, f.Status, f.Owner != null ? f.Owner.DisplayName : null,
                f.Stakeholder != null ? f.Stakeholder.DisplayName : null))
            .ToListAsync(cancellationToken);

        return row.Detail with
        {
            Notes = clearance.SeesInternalNotes() && !row.Notes.IsEmpty ? row.Notes : null,
            Positions = positions,
            FollowUps = followUps,
        };
    }

    public async Task<PagedResult<InteractionListItem>> ListAsync(Actor actor, InteractionListQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = Filter(db, query, Clearances.Of(actor));

        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 0);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Skip(page * pageSize).Take(pageSize)
            .Select(i => new InteractionListItem(i.Id, i.Kind, i.OccurredAt, i.Title, i.Location, i.IsConfidential,
                i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).Select(a => a.Stakeholder!.DisplayName).ToList(),
                i.Partners.OrderBy(p => p.Organisation!.Name).Select(p => p.Organisation!.ShortName ?? p.Organisation.Name).ToList()))
            .ToListAsync(cancellationToken);
        return new PagedResult<InteractionListItem>(items, total, page, pageSize);
    }

    /// <summary>The list's filters in the reader's view, shared with the CSV export.</summary>
    internal static IQueryable<Interaction> Filter(CampaignDbContext db, InteractionListQuery query, Clearance clearance)
    {
        var q = db.Interactions.AsNoTracking().VisibleTo(clearance);
        var positions = db.StatedPositions.VisibleTo(clearance);
        if (query.Kind is { } kind) q = q.Where(i => i.Kind == kind);
        if (query.From is { } from) q = q.Where(i => i.OccurredAt >= from.ToDateTime(TimeOnly.MinValue));
        if (query.To is { } to) q = q.Where(i => i.OccurredAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        if (query.StakeholderId is { } person) q = q.Where(i => i.Attendees.Any(a => a.StakeholderId == person));
        if (query.PartnerOrganisationId is { } organisation) q = q.Where(i => i.Partners.Any(p => p.OrganisationId == organisation));
        if (!string.IsNullOrEmpty(query.StaffUserId)) q = q.Where(i => i.Staff.Any(s => s.UserId == query.StaffUserId));
        if (query.AskId is { } ask)
            q = q.Where(i => i.Asks.Any(a => a.AskId == ask) || positions.Any(p => p.InteractionId == i.Id && p.AskId == ask));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchPattern.Contains(query.Search);
            q = q.Where(i => EF.Functions.Like(i.Title, pattern, SearchPattern.Escape) || EF.Functions.Like(i.Summary, pattern, SearchPattern.Escape));
        }
        return q;
    }

    private static IQueryable<Interaction> WithLinks(CampaignDbContext db) =>
        db.Interactions.Include(i => i.Attendees).Include(i => i.Staff).Include(i => i.Partners).Include(i => i.Asks);

    private static void Apply(Interaction i, InteractionEditModel m)
    {
        i.CampaignId = m.CampaignId;
        i.Kind = m.Kind;
        i.OccurredAt = m.OccurredAt;
        i.Title = m.Title.Trim();
        i.Location = Clean(m.Location);
        i.Summary = Clean(m.Summary);
        i.AsksRaised = Clean(m.AsksRaised);
        i.TheirConcerns = Clean(m.TheirConcerns);
        i.CommitmentsByThem = Clean(m.CommitmentsByThem);
        i.CommitmentsByUs = Clean(m.CommitmentsByUs);
        i.IsConfidential = m.IsConfidential;
        Sync(i.Attendees, m.AttendeeIds.Distinct(), a => a.StakeholderId, id => new InteractionAttendee { StakeholderId = id });
        Sync(i.Staff, m.StaffIds.Distinct(), s => s.UserId, id => new InteractionStaff { UserId = id });
        Sync(i.Partners, m.PartnerIds.Distinct(), p => p.OrganisationId, id => new InteractionPartner { OrganisationId = id });
        Sync(i.Asks, m.AskIds.Distinct(), a => a.AskId, id => new InteractionAsk { AskId = id });
    }

    /// <summary>Makes a link collection hold exactly the wanted keys, keeping rows that stay (so the audit shows only real changes).</summary>
    private static void Sync<TLink, TKey>(List<TLink> links, IEnumerable<TKey> wanted, Func<TLink, TKey> key, Func<TKey, TLink> create)
    {
        var keep = wanted.ToHashSet();
        links.RemoveAll(link => !keep.Contains(key(link)));
        foreach (var id in keep.Where(id => !links.Any(link => EqualityComparer<TKey>.Default.Equals(key(link), id))))
            links.Add(create(id));
    }

    private static void AddPositionsAndFollowUps(CampaignDbContext db, Interaction interaction, InteractionEditModel model, Actor actor)
    {
        var statedOn = DateOnly.FromDateTime(model.OccurredAt);
        foreach (var input in model.Positions)
        {
            db.StatedPositions.Add(new StatedPosition
            {
                StakeholderId = input.StakeholderId, AskId = input.AskId, Stance = input.Stance, StatedOn = statedOn,
                EvidenceKind = EvidenceFor(model.Kind), Interaction = interaction, Quote = Clean(input.Quote),
                Confidence = input.Confidence, IsConfidential = model.IsConfidential || input.IsConfidential,
                RecordedById = actor.UserId, RecordedAt = DateTimeOffset.UtcNow,
            });
        }
        foreach (var input in model.FollowUps)
        {
            interaction.FollowUps.Add(new FollowUp
            {
                Title = input.Title.Trim(), DueOn = input.DueOn!.Value, OwnerId = Clean(input.OwnerId),
                StakeholderId = input.StakeholderId, Status = FollowUpStatus.Open,
            });
        }
    }

    /// <summary>The evidence a contact gives: what was said in a letter is a letter, in a debate is Hansard.</summary>
    public static EvidenceKind EvidenceFor(InteractionKind kind) => kind switch
    {
        InteractionKind.Letter or InteractionKind.Email => EvidenceKind.Letter,
        InteractionKind.ParliamentaryQuestion => EvidenceKind.ParliamentaryQuestion,
        InteractionKind.Debate => EvidenceKind.Hansard,
        _ => EvidenceKind.Meeting,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
