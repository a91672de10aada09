using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Dashboard;

internal sealed class InteractionMonthCountConfiguration : IEntityTypeConfiguration<InteractionMonthCount>
{
    public void Configure(EntityTypeBuilder<InteractionMonthCount> builder) =>
        builder.HasKey(c => new { c.CampaignId, c.Month, c.Kind, c.IsConfidential });
}

internal sealed class PartnerMonthCountConfiguration : IEntityTypeConfiguration<PartnerMonthCount>
{
    public void Configure(EntityTypeBuilder<PartnerMonthCount> builder) =>
        builder.HasKey(c => new { c.CampaignId, c.OrganisationId, c.Month, c.IsConfidential });
}

internal sealed class StanceTallyConfiguration : IEntityTypeConfiguration<StanceTally>
{
    public void Configure(EntityTypeBuilder<StanceTally> builder) =>
        builder.HasKey(t => new { t.Clearance, t.AskId, t.Status, t.Kind, t.Party, t.Stance });
}

internal sealed class PersonChangeConfiguration : IEntityTypeConfiguration<PersonChange>
{
    public void Configure(EntityTypeBuilder<PersonChange> builder) => builder.HasKey(c => new { c.Stamp, c.StakeholderId });
}

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> builder)
    {
        builder.HasKey(c => c.Name);
        builder.HasData(new { Name = ChangeCounter.People, Value = 0L });
    }
}
