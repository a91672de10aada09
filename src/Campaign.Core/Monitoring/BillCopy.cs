using Campaign.Monitoring.Sources;

namespace Campaign.Monitoring;

/// <summary>Copies a bill as the Bills API gives it onto the tracked bill, its stages and amendments (staff's marks kept).</summary>
internal static class BillCopy
{
    public static void Apply(TrackedBill bill, SourceHit hit)
    {
        var detail = hit.Bill!;
        bill.ShortTitle = FieldLengths.Fit(detail.ShortTitle, FieldLengths.Title);
        bill.LongTitle = detail.LongTitle is null ? null : FieldLengths.Fit(detail.LongTitle, FieldLengths.Text);
        bill.CurrentHouse = detail.CurrentHouse;
        bill.IsAct = detail.IsAct;
        bill.IsWithdrawn = detail.IsWithdrawn;
        bill.IsDefeated = detail.IsDefeated;
        bill.LastUpdatedOn = hit.Date;
        bill.Url = FieldLengths.Fit(hit.Url, FieldLengths.Note);

        var stages = bill.Stages.ToDictionary(s => s.BillStageId);
        foreach (var found in detail.Stages)
        {
            if (!stages.TryGetValue(found.BillStageId, out var stage)) bill.Stages.Add(stage = new BillStage { BillStageId = found.BillStageId });
            stage.StageId = found.StageId;
            stage.Description = FieldLengths.Fit(found.Description, FieldLengths.Name);
            stage.House = found.House;
            stage.SortOrder = found.SortOrder;
            stage.FirstSitting = found.Sittings.Count == 0 ? null : found.Sittings.Min();
            stage.LastSitting = found.Sittings.Count == 0 ? null : found.Sittings.Max();
        }

        var amendments = bill.Amendments.ToDictionary(a => a.AmendmentId);
        foreach (var found in detail.Amendments)
        {
            if (!amendments.TryGetValue(found.AmendmentId, out var amendment)) bill.Amendments.Add(amendment = new BillAmendment { AmendmentId = found.AmendmentId });
            amendment.BillStageId = found.BillStageId;
            amendment.Number = found.Number is null ? null : FieldLengths.Fit(found.Number, FieldLengths.Short);
            amendment.Decision = found.Decision is null ? null : FieldLengths.Fit(found.Decision, FieldLengths.Name);
            amendment.Summary = FieldLengths.Fit(found.Summary, FieldLengths.Text);
            amendment.Sponsors = FieldLengths.Fit(string.Join(", ", found.Sponsors.Select(s => s.Name)), FieldLengths.Line);
        }
    }
}
