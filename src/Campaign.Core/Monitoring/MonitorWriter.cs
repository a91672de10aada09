using Campaign.Monitoring.Sources;
using Campaign.Positions;

namespace Campaign.Monitoring;

/// <summary>Writes a run's hits into a campaign's inbox and tracked bills, in one transaction.</summary>
internal static class MonitorWriter
{
    public sealed record Written(int Added, int Updated);

    public static async Task<Written> WriteAsync(
        IDbContextFactory<CampaignDbContext> contexts, Actor actor, int campaignId, IReadOnlyList<SourceHit> hits,
        IReadOnlyDictionary<(MonitorSource, string), HashSet<string>> phraseOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var suppressed = await Privacy.ErasureSuppressions.LoadAsync(db, cancellationToken);

        var (bills, newStages) = await WriteBillsAsync(db, campaignId, hits.Where(h => h.Bill is not null).ToList(), cancellationToken);
        var items = hits.SelectMany(h => Expand(h, phraseOf.TryGetValue((h.Source, h.SourceId), out var p) ? p : []))
            // Someone erased on request stays erased: what they said is not brought back with their name.
            .Where(i => !suppressed.Member(i.MemberId))
            .ToList();

        var memberIds = items.Where(i => i.MemberId is not null).Select(i => i.MemberId!.Value).Distinct().ToList();
        var people = await db.Stakeholders.AsNoTracking().Where(s => s.ParliamentMemberId != null && memberIds.Contains(s.ParliamentMemberId.Value))
            .Select(s => new { s.Id, MemberId = s.ParliamentMemberId!.Value }).ToDictionaryAsync(s => s.MemberId, s => s.Id, cancellationToken);

        var added = 0;
        var updated = 0;
        foreach (var group in items.GroupBy(i => i.Source))
        {
            var ids = group.Select(i => i.SourceId).ToList();
            var known = await db.MonitorItems.Where(i => i.CampaignId == campaignId && i.Source == group.Key && ids.Contains(i.SourceId))
                .ToDictionaryAsync(i => i.SourceId, cancellationToken);
            foreach (var item in group)
            {
                item.StakeholderId = item.MemberId is { } member && people.TryGetValue(member, out var stakeholderId) ? stakeholderId : null;
                item.TrackedBillId = item.Source == MonitorSource.Bills && int.TryParse(item.SourceId, out var billId) && bills.TryGetValue(billId, out var bill) ? bill.Id : null;
                if (!known.TryGetValue(item.SourceId, out var existing))
                {
                    item.CampaignId = campaignId;
                    item.FirstSeenAt = item.LastChangedAt = now;
                    db.MonitorItems.Add(item);
                    added++;
                }
                else if (Update(existing, item, now, newStages)) updated++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Written(added, updated);
    }

    /// <summary>A hit as inbox items: a motion also gives one item per signature, since each signature is a member's stance.</summary>
    private static IEnumerable<MonitorItem> Expand(SourceHit hit, HashSet<string> phrases)
    {
        var matched = phrases.Order(StringComparer.OrdinalIgnoreCase).ToList();
        var isMotion = hit.Source == MonitorSource.EarlyDayMotions;
        yield return new MonitorItem
        {
            Source = hit.Source, SourceId = hit.SourceId, MemberId = hit.MemberId, MemberName = FieldLengths.FitOrNull(hit.MemberName, FieldLengths.DisplayName), House = hit.House,
            Title = FieldLengths.Fit(hit.Title, FieldLengths.Title), Text = FieldLengths.Fit(hit.Text, FieldLengths.LongText), Date = hit.Date, Url = FieldLengths.Fit(hit.Url, FieldLengths.Note),
            Reference = FieldLengths.FitOrNull(hit.Reference, FieldLengths.Uin), AnsweringBody = FieldLengths.FitOrNull(hit.AnsweringBody, FieldLengths.Name),
            AnswerText = FieldLengths.FitOrNull(hit.AnswerText, FieldLengths.LongText), AnsweredOn = hit.AnsweredOn, MatchedPhrases = matched,
            ProposedStance = isMotion ? Stance.Supportive : null,
        };
        if (!isMotion) yield break;
        foreach (var signature in hit.Signatures.Where(s => s.MemberId != hit.MemberId))
            yield return new MonitorItem
            {
                Source = hit.Source, SourceId = SignatureId(hit.SourceId, signature.MemberId), MemberId = signature.MemberId,
                MemberName = FieldLengths.FitOrNull(signature.Name, FieldLengths.DisplayName), House = hit.House,
                Title = FieldLengths.Fit($"{(signature.Withdrawn ? "Withdrew signature from" : "Signed")} EDM {hit.Reference}: {hit.Title}", FieldLengths.Title),
                Text = FieldLengths.Fit(hit.Text, FieldLengths.LongText), Date = signature.SignedOn, Url = FieldLengths.Fit(hit.Url, FieldLengths.Note), Reference = FieldLengths.FitOrNull(hit.Reference, FieldLengths.Uin),
                MatchedPhrases = matched, ProposedStance = signature.Withdrawn ? null : Stance.Supportive,
            };
    }

    public static string SignatureId(string motionId, int memberId) => $"{motionId}/{memberId}";

    /// <summary>Copies what Parliament changed; says what in <see cref="MonitorItem.LastChange"/>. True when anything changed.</summary>
    private static bool Update(MonitorItem existing, MonitorItem found, DateTimeOffset now, IReadOnlyDictionary<string, string> newStages)
    {
        string? change = null;
        if (existing.AnsweredOn is null && found.AnsweredOn is not null) change = $"Answered on {Wording.Date(found.AnsweredOn.Value)}";
        else if (existing.Title != found.Title && found.Title.StartsWith("Withdrew", StringComparison.Ordinal)) change = "Signature withdrawn";
        else if (found.Source == MonitorSource.Bills && newStages.TryGetValue(found.SourceId, out var stage)) change = $"Now at {stage}";
        var phrases = existing.MatchedPhrases.Union(found.MatchedPhrases, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var changed = change is not null || existing.Text != found.Text || existing.Title != found.Title || existing.Date != found.Date
                      || existing.AnswerText != found.AnswerText || existing.StakeholderId != found.StakeholderId && found.StakeholderId is not null
                      || !phrases.SequenceEqual(existing.MatchedPhrases);
        if (!changed) return false;
        existing.Title = found.Title;
        existing.Text = found.Text;
        existing.Date = found.Date;
        existing.MemberName = found.MemberName ?? existing.MemberName;
        existing.AnsweringBody = found.AnsweringBody;
        existing.AnswerText = found.AnswerText;
        existing.AnsweredOn = found.AnsweredOn;
        existing.ProposedStance = found.ProposedStance;
        existing.StakeholderId = found.StakeholderId ?? existing.StakeholderId;
        existing.TrackedBillId = found.TrackedBillId ?? existing.TrackedBillId;
        existing.MatchedPhrases = phrases;
        if (change is not null)
        {
            existing.LastChange = change;
            existing.LastChangedAt = now;
        }
        return true;
    }

    /// <summary>Upserts each bill with its stages and matched amendments; staff's links and marks are kept.</summary>
    /// <returns>The bills by their Bills API id, and the bills (by source id) that reached a stage not seen before, with that stage.</returns>
    private static async Task<(IReadOnlyDictionary<int, TrackedBill> Bills, IReadOnlyDictionary<string, string> NewStages)> WriteBillsAsync(
        CampaignDbContext db, int campaignId, IReadOnlyList<SourceHit> hits, CancellationToken cancellationToken)
    {
        var newStages = new Dictionary<string, string>();
        var billIds = hits.Select(h => h.Bill!.BillId).Distinct().ToList();
        var tracked = await db.TrackedBills.Include(b => b.Stages).Include(b => b.Amendments)
            .Where(b => b.CampaignId == campaignId && billIds.Contains(b.BillId)).ToDictionaryAsync(b => b.BillId, cancellationToken);
        foreach (var hit in hits)
        {
            var detail = hit.Bill!;
            if (!tracked.TryGetValue(detail.BillId, out var bill))
            {
                bill = new TrackedBill { CampaignId = campaignId, BillId = detail.BillId };
                db.TrackedBills.Add(bill);
                tracked[detail.BillId] = bill;
            }
            var stagesBefore = bill.Stages.Select(s => s.BillStageId).ToHashSet();
            BillCopy.Apply(bill, hit);
            if (bill.Id != 0 && bill.Stages.Where(s => !stagesBefore.Contains(s.BillStageId)).MaxBy(s => s.SortOrder) is { } reached)
                newStages[hit.SourceId] = reached.Description;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (tracked, newStages);
    }
}
