using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Monitoring;

internal sealed class ParliamentMonitorConfiguration : IEntityTypeConfiguration<ParliamentMonitor>
{
    public void Configure(EntityTypeBuilder<ParliamentMonitor> builder)
    {
        builder.HasIndex(m => new { m.CampaignId, m.Name }).IsUnique();
        builder.Ignore(m => m.Watched);
    }
}

internal sealed class MonitorItemConfiguration : IEntityTypeConfiguration<MonitorItem>
{
    public void Configure(EntityTypeBuilder<MonitorItem> builder)
    {
        builder.HasIndex(i => new { i.CampaignId, i.Source, i.SourceId }).IsUnique();
        // The inbox: one campaign's items of a status, newest first, paged by seek.
        builder.HasIndex(i => new { i.CampaignId, i.Status, i.Date, i.Id }).IsDescending(false, false, true, true);
        // A source's tab, and the counts per source without reading the (wide) rows.
        builder.HasIndex(i => new { i.CampaignId, i.Status, i.Source, i.Date, i.Id }).IsDescending(false, false, false, true, true);
        // The dashboard's week: only the last days' rows are read, whatever the history.
        builder.HasIndex(i => new { i.CampaignId, i.Date });
        builder.HasIndex(i => new { i.StakeholderId, i.Date });
        builder.HasIndex(i => i.MemberId);
    }
}

internal sealed class TrackedBillConfiguration : IEntityTypeConfiguration<TrackedBill>
{
    public void Configure(EntityTypeBuilder<TrackedBill> builder) => builder.HasIndex(b => new { b.CampaignId, b.BillId }).IsUnique();
}

internal sealed class BillStageConfiguration : IEntityTypeConfiguration<BillStage>
{
    public void Configure(EntityTypeBuilder<BillStage> builder) => builder.HasIndex(s => new { s.TrackedBillId, s.BillStageId }).IsUnique();
}

internal sealed class BillAmendmentConfiguration : IEntityTypeConfiguration<BillAmendment>
{
    public void Configure(EntityTypeBuilder<BillAmendment> builder) => builder.HasIndex(a => new { a.TrackedBillId, a.AmendmentId }).IsUnique();
}
