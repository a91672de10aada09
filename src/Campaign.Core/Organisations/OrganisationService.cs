namespace Campaign.Organisations;

public sealed class OrganisationService(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<PagedResult<OrganisationListItem>> ListAsync(
        Actor actor, string? search, OrganisationKind? kind, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Contains(search);
            q = q.Where(o => EF.Functions.Like(o.Name, pattern, SearchPattern.Escape) || EF.Functions.Like(o.ShortName, pattern, SearchPattern.Escape));
        }
        if (kind is { } k) q = q.Where(o => o.Kind == k);

        pageSize = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(page, 0);
        var total = await q.CountAsync(cancellationToken);
        var items = await q.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(page * pageSize).Take(pageSize)
            .Select(o => new OrganisationListItem(o.Id, o.Name, o.ShortName, o.Kind, o.Parent != null ? o.Parent.Name : null,
                db.Stakeholders.Count(s => s.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken);
        return new PagedResult<OrganisationListItem>(items, total, page, pageSize);
    }

    /// <summary>Every organisation's id and name, for pickers (a few hundred at most).</summary>
    public async Task<IReadOnlyList<OrganisationRef>> AllAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationRef(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    public async Task<OrganisationProfile?> GetProfileAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationProfile(o.Id, o.Name, o.ShortName, o.Kind, o.ParentId, o.Parent != null ? o.Parent.Name : null, o.Website, o.Notes)
            {
                People = db.Stakeholders.Where(s => s.OrganisationId == o.Id).OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName)
                    .Select(s => new OrganisationPerson(s.Id, s.DisplayName, s.Kind, s.Role)).ToList(),
                Children = o.Children.OrderBy(c => c.Name).Select(c => new OrganisationRef(c.Id, c.Name)).ToList(),
                Coalitions = db.CoalitionPartners.Where(p => p.OrganisationId == o.Id)
                    .Select(p => new CoalitionMembership(p.CampaignId, p.Campaign!.Name, p.Role)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<OrganisationEditModel?> GetForEditAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationEditModel
            {
                Name = o.Name, ShortName = o.ShortName, Kind = o.Kind, ParentId = o.ParentId, Website = o.Website,
                Notes = o.Notes, Version = o.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<SaveResult> CreateAsync(Actor actor, OrganisationEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var errors = await ValidateAsync(db, model, null, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        var organisation = new Organisation { Name = "" };
        Apply(organisation, model);
        db.Organisations.Add(organisation);
        return await db.SaveCheckedAsync(() => organisation.Id, () => ValidateAgainAsync(model, null, cancellationToken), cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(Actor actor, int id, OrganisationEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null) return SaveResult.NotFound();
        if (organisation.Version != model.Version) return SaveResult.Conflict();
        var errors = await ValidateAsync(db, model, id, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        db.ExpectVersion(organisation, model.Version);
        Apply(organisation, model);
        return await db.SaveCheckedAsync(() => id, () => ValidateAgainAsync(model, id, cancellationToken), cancellationToken);
    }

    /// <summary>After a unique index refused the save: what validation says now (the clash), or a conflict if it has gone again.</summary>
    private async Task<SaveResult> ValidateAgainAsync(OrganisationEditModel model, int? id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = await ValidateAsync(db, model, id, cancellationToken);
        return errors.Any ? SaveResult.Invalid(errors.ToDictionary()) : SaveResult.Conflict();
    }

    private static async Task<ValidationErrors> ValidateAsync(CampaignDbContext db, OrganisationEditModel model, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);
        var name = model.Name.Trim();
        if (name.Length > 0 && await db.Organisations.AnyAsync(o => o.Name == name && o.Id != id, cancellationToken))
            errors.Add(nameof(model.Name), $"An organisation called \"{name}\" already exists.");
        if (!string.IsNullOrWhiteSpace(model.Website) &&
            !(Uri.TryCreate(model.Website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            errors.Add(nameof(model.Website), "Enter a full web address starting with https://.");

        if (model.ParentId is { } parentId)
        {
            if (parentId == id)
                errors.Add(nameof(model.ParentId), "An organisation cannot be its own parent.");
            else if (id is not null && await IsDescendantAsync(db, parentId, id.Value, cancellationToken))
                errors.Add(nameof(model.ParentId), "That parent sits below this organisation: choosing it would make a loop.");
            else if (!await db.Organisations.AnyAsync(o => o.Id == parentId, cancellationToken))
                errors.Add(nameof(model.ParentId), "That parent organisation no longer exists.");
        }
        return errors;
    }

    private static async Task<bool> IsDescendantAsync(CampaignDbContext db, int candidateId, int ancestorId, CancellationToken cancellationToken)
    {
        // Walk up from the candidate; hierarchies are shallow, and the visited set guards against bad data.
        var visited = new HashSet<int>();
        int? current = candidateId;
        while (current is { } c && visited.Add(c))
        {
            if (c == ancestorId) return true;
            current = await db.Organisations.Where(o => o.Id == c).Select(o => o.ParentId).SingleOrDefaultAsync(cancellationToken);
        }
        return false;
    }

    private static void Apply(Organisation o, OrganisationEditModel m)
    {
        o.Name = m.Name.Trim();
        o.ShortName = string.IsNullOrWhiteSpace(m.ShortName) ? null : m.ShortName.Trim();
        o.Kind = m.Kind;
        o.ParentId = m.ParentId;
        o.Website = string.IsNullOrWhiteSpace(m.Website) ? null : m.Website.Trim();
        o.Notes = string.IsNullOrWhiteSpace(m.Notes) ? null : m.Notes.Trim();
    }
}
