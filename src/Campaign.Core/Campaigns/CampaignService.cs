namespace Campaign.Campaigns;

public sealed class CampaignService(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<IReadOnlyList<CampaignRef>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => new CampaignRef(c.Id, c.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The campaign pages work in: the first one made. Every page and service asks here, so the rule is in one place.</summary>
    public async Task<CampaignRef?> CurrentAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ChosenOrCurrent(db.Campaigns.AsNoTracking(), null).Select(c => new CampaignRef(c.Id, c.Name)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The chosen campaign, or else the current one (take the first row), for services that already hold a context.</summary>
    internal static IQueryable<LobbyCampaign> ChosenOrCurrent(IQueryable<LobbyCampaign> campaigns, int? campaignId) =>
        campaignId is { } id ? campaigns.Where(c => c.Id == id) : campaigns.OrderBy(c => c.Id);

    public async Task<CampaignView?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CampaignView(c.Id, c.Name, c.Goal, c.Keywords)
            {
                Asks = c.Asks.OrderBy(a => a.SortOrder).Select(a => new AskView(a.Id, a.Code, a.Title, a.Description)).ToList(),
                Milestones = c.Milestones.OrderBy(m => m.SortOrder)
                    .Select(m => new MilestoneView(m.Id, m.Title, m.TargetDate, m.CompletedOn, m.Status, m.Evidence)).ToList(),
                Partners = c.Partners.OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
                    .Select(p => new PartnerView(p.OrganisationId, p.Organisation!.Name, p.Organisation.ShortName, p.Role, p.Organisation.Website)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The asks of every campaign, for directory filters and stance columns.</summary>
    public async Task<IReadOnlyList<AskView>> AsksAsync(Actor actor, int? campaignId = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = db.Asks.AsNoTracking();
        if (campaignId is { } id) q = q.Where(a => a.CampaignId == id);
        return await q.OrderBy(a => a.CampaignId).ThenBy(a => a.SortOrder)
            .Select(a => new AskView(a.Id, a.Code, a.Title, a.Description)).ToListAsync(cancellationToken);
    }
}
