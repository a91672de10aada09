using Campaign.Monitoring.Sources;

namespace Campaign.Monitoring;

/// <summary>A campaign's monitors: list, add, edit, delete. Running one is <see cref="MonitorRunner"/>'s.</summary>
public sealed class MonitorService(IDbContextFactory<CampaignDbContext> contexts)
{
    public const int MaxPhrases = 20;

    public async Task<IReadOnlyList<MonitorView>> ListAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var monitors = await db.ParliamentMonitors.AsNoTracking().Where(m => m.CampaignId == campaignId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var newItems = await db.MonitorItems.Where(i => i.CampaignId == campaignId && i.Status == TriageStatus.New).CountAsync(cancellationToken);
        return monitors.Select(m => new MonitorView(m.Id, m.CampaignId, m.Name, m.Phrases, m.Watched, m.StartDate, m.IsActive, m.LastRunAt, m.LastRunOutcome, newItems, m.Version))
            .ToList();
    }

    public async Task<MonitorEditModel?> GetForEditAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var m = await db.ParliamentMonitors.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return m is null ? null : new MonitorEditModel
        {
            CampaignId = m.CampaignId, Name = m.Name, Phrases = string.Join('\n', m.Phrases), Sources = [.. m.Watched], StartDate = m.StartDate,
            IsActive = m.IsActive, Version = m.Version,
        };
    }

    public async Task<SaveResult> CreateAsync(Actor actor, MonitorEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var errors = await ValidateAsync(db, model, null, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        var monitor = new ParliamentMonitor { CampaignId = model.CampaignId };
        Copy(model, monitor);
        db.ParliamentMonitors.Add(monitor);
        return await db.SaveCheckedAsync(() => monitor.Id, async () => SaveResult.Invalid((await ValidateAsync(db, model, null, cancellationToken)).ToDictionary()), cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(Actor actor, int id, MonitorEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var monitor = await db.ParliamentMonitors.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (monitor is null) return SaveResult.NotFound();
        model.CampaignId = monitor.CampaignId;
        var errors = await ValidateAsync(db, model, id, cancellationToken);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        db.ExpectVersion(monitor, model.Version);
        Copy(model, monitor);
        return await db.SaveCheckedAsync(() => id, async () => SaveResult.Invalid((await ValidateAsync(db, model, id, cancellationToken)).ToDictionary()), cancellationToken);
    }

    /// <summary>Deletes the monitor; the items it found stay in the inbox (other monitors may match them, and triaged ones are evidence).</summary>
    public async Task<SaveResult> DeleteAsync(Actor actor, int id, long version, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var monitor = await db.ParliamentMonitors.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (monitor is null) return SaveResult.NotFound();
        db.ExpectVersion(monitor, version);
        db.ParliamentMonitors.Remove(monitor);
        return await db.SaveEditAsync(id, cancellationToken);
    }

    private static async Task<ValidationErrors> ValidateAsync(CampaignDbContext db, MonitorEditModel model, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);
        var phrases = model.PhraseList;
        if (phrases.Count == 0) errors.Add(nameof(model.Phrases), "Enter at least one phrase to look for, e.g. clinical technologist.");
        else if (phrases.Count > MaxPhrases) errors.Add(nameof(model.Phrases), $"A monitor can look for at most {MaxPhrases} phrases; this one has {phrases.Count}.");
        else if (phrases.FirstOrDefault(p => p.Length < 3 || p.Length > 100) is { } odd)
            errors.Add(nameof(model.Phrases), $"Each phrase must be 3 to 100 characters long: \"{(odd.Length > 20 ? odd[..20] + "…" : odd)}\" is not.");
        if (model.Sources.Count == 0) errors.Add(nameof(model.Sources), "Choose at least one source to watch.");
        if (model.StartDate is null) errors.Add(nameof(model.StartDate), "Enter the date to look from.");
        if (!await db.Campaigns.AnyAsync(c => c.Id == model.CampaignId, cancellationToken)) errors.Add(nameof(model.CampaignId), "Choose the campaign the monitor is for.");
        var name = model.Name.Trim();
        if (name.Length > 0 && await db.ParliamentMonitors.AnyAsync(m => m.CampaignId == model.CampaignId && m.Name == name && m.Id != id, cancellationToken))
            errors.Add(nameof(model.Name), $"The campaign already has a monitor called \"{name}\".");
        return errors;
    }

    private static void Copy(MonitorEditModel model, ParliamentMonitor monitor)
    {
        monitor.Name = model.Name.Trim();
        monitor.Phrases = [.. model.PhraseList];
        monitor.Sources = [.. model.Sources.Order().Select(s => s.ToString())];
        monitor.StartDate = model.StartDate!.Value;
        monitor.IsActive = model.IsActive;
    }
}
