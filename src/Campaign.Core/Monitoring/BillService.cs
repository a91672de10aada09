using Campaign.Confidentiality;
using Campaign.Monitoring.Sources;

namespace Campaign.Monitoring;

/// <summary>
/// A campaign's tracked bills: the list with current stages (both views: bills are public record), a bill's page with its
/// timeline and amendments, links to an ask and milestone, amendments marked as ours, and adding a bill by hand.
/// Transient: it holds a typed client.
/// </summary>
public sealed class BillService(IDbContextFactory<CampaignDbContext> contexts, BillsSource bills)
{
    public async Task<IReadOnlyList<TrackedBillSummary>> ListAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrackedBills.AsNoTracking().Where(b => b.CampaignId == campaignId && !b.IsWithdrawn && !b.IsDefeated)
            .OrderByDescending(b => b.LastUpdatedOn).ThenBy(b => b.ShortTitle)
            .Select(b => new TrackedBillSummary(b.Id, b.BillId, b.ShortTitle,
                b.Stages.OrderByDescending(s => s.SortOrder).Select(s => s.Description).FirstOrDefault(), b.CurrentHouse, b.LastUpdatedOn, b.IsAct,
                b.Ask == null ? null : b.Ask.Title))
            .ToListAsync(cancellationToken);
    }

    public async Task<TrackedBillDetail?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bill = await db.TrackedBills.AsNoTracking().Include(b => b.Stages).Include(b => b.Amendments).Include(b => b.Ask).Include(b => b.Milestone)
            .AsSplitQuery().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null) return null;
        var origin = bill.Stages.OrderBy(s => s.SortOrder).FirstOrDefault()?.House;
        var stageNames = bill.Stages.ToDictionary(s => s.BillStageId, s => s.Description);
        return new TrackedBillDetail(bill.Id, bill.CampaignId, bill.BillId, bill.ShortTitle, bill.LongTitle, bill.CurrentHouse, bill.IsAct, bill.IsWithdrawn,
            bill.IsDefeated, bill.LastUpdatedOn, bill.Url, bill.AddedByHand, bill.AskId, bill.Ask?.Title, bill.MilestoneId, bill.Milestone?.Title,
            Clearances.Of(actor).SeesInternalNotes() ? bill.Notes : null, BillTimeline.Build(bill.Stages, origin, bill.IsAct),
            bill.Amendments.OrderByDescending(a => a.IsOurs).ThenBy(a => a.Number, StringComparer.OrdinalIgnoreCase)
                .Select(a => new BillAmendmentView(a.Id, a.Number, a.Decision, a.Summary, a.Sponsors, stageNames.GetValueOrDefault(a.BillStageId, ""), a.IsOurs)).ToList(),
            bill.Version);
    }

    /// <summary>Items in the monitor that mention the bill's short title, newest first (what members said about it); visibility as for the inbox.</summary>
    public async Task<IReadOnlyList<BillMention>> MentionsAsync(Actor actor, int id, int limit = 20, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bill = await db.TrackedBills.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.CampaignId, b.ShortTitle }).SingleOrDefaultAsync(cancellationToken);
        if (bill is null) return [];
        var title = bill.ShortTitle.Replace(" Bill", "", StringComparison.Ordinal);
        return await db.MonitorItems.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(i => i.CampaignId == bill.CampaignId && i.Source != MonitorSource.Bills && i.Status != TriageStatus.Dismissed
                        && (i.Title.Contains(title) || i.Text.Contains(title)))
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).Take(limit)
            .Select(i => new BillMention(i.Id, i.MemberName, i.StakeholderId, i.Title, i.Date, i.Url)).ToListAsync(cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(Actor actor, int id, TrackedBillEditModel model, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var bill = await db.TrackedBills.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null) return SaveResult.NotFound();
        var errors = new ValidationErrors();
        errors.AddAnnotations(model);
        if (model.AskId is { } askId && !await db.Asks.AnyAsync(a => a.Id == askId && a.CampaignId == bill.CampaignId, cancellationToken))
            errors.Add(nameof(model.AskId), "Choose one of the campaign's asks.");
        if (model.MilestoneId is { } milestoneId && !await db.Milestones.AnyAsync(m => m.Id == milestoneId && m.CampaignId == bill.CampaignId, cancellationToken))
            errors.Add(nameof(model.MilestoneId), "Choose one of the campaign's milestones.");
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());
        db.ExpectVersion(bill, model.Version);
        bill.AskId = model.AskId;
        bill.MilestoneId = model.MilestoneId;
        bill.Notes = string.IsNullOrWhiteSpace(model.Notes) ? null : model.Notes.Trim();
        return await db.SaveEditAsync(id, cancellationToken);
    }

    /// <summary>Marks an amendment as one the campaign drafted or supports (or not).</summary>
    public async Task<SaveResult> MarkAmendmentAsync(Actor actor, int amendmentId, bool ours, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var amendment = await db.BillAmendments.SingleOrDefaultAsync(a => a.Id == amendmentId, cancellationToken);
        if (amendment is null) return SaveResult.NotFound();
        amendment.IsOurs = ours;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(amendment.TrackedBillId);
    }

    /// <summary>Tracks a bill by its Bills API id (the number in its bills.parliament.uk address), fetching it with its stages now.</summary>
    public async Task<SaveResult> AddByHandAsync(Actor actor, int campaignId, int billId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        static SaveResult Invalid(string message) => SaveResult.Invalid(new Dictionary<string, string[]> { ["BillId"] = [message] });
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        if (await db.TrackedBills.Where(b => b.CampaignId == campaignId && b.BillId == billId).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken) is { } known)
        {
            await db.TrackedBills.Where(b => b.Id == known).ExecuteUpdateAsync(u => u.SetProperty(b => b.AddedByHand, true).BumpVersion(db), cancellationToken);
            return SaveResult.Saved(known);
        }
        var phrases = await db.ParliamentMonitors.Where(m => m.CampaignId == campaignId).Select(m => m.Phrases).ToListAsync(cancellationToken);
        SourceHit? hit;
        try
        {
            hit = await bills.BillAsync(billId, phrases.SelectMany(p => p).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), new SourceTally(), cancellationToken);
        }
        catch (Importing.Parliament.ParliamentApiException ex)
        {
            return Invalid(ex.Message);
        }
        if (hit?.Bill is null) return Invalid($"Parliament's Bills API has no bill {billId}: check the number in the bill's bills.parliament.uk address.");
        var bill = new TrackedBill { CampaignId = campaignId, BillId = billId, AddedByHand = true };
        BillCopy.Apply(bill, hit);
        db.TrackedBills.Add(bill);
        return await db.SaveCheckedAsync(() => bill.Id, () => Task.FromResult(Invalid("That bill is tracked already.")), cancellationToken);
    }
}
