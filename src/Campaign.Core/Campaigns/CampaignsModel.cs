using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class LobbyCampaignConfiguration : IEntityTypeConfiguration<LobbyCampaign>
{
    public void Configure(EntityTypeBuilder<LobbyCampaign> builder) => builder.ToTable("Campaigns");
}

internal sealed class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder) => builder.HasIndex(a => new { a.CampaignId, a.Code }).IsUnique();
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder) => builder.HasIndex(m => new { m.CampaignId, m.SortOrder });
}

internal sealed class CoalitionPartnerConfiguration : IEntityTypeConfiguration<CoalitionPartner>
{
    public void Configure(EntityTypeBuilder<CoalitionPartner> builder)
    {
        // An organisation in a coalition cannot be deleted until it has left it.
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CampaignId, p.OrganisationId }).IsUnique();
    }
}
