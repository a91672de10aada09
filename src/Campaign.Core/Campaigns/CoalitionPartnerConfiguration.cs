using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class CoalitionPartnerConfiguration : IEntityTypeConfiguration<CoalitionPartner>
{
    public void Configure(EntityTypeBuilder<CoalitionPartner> builder)
    {
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CampaignId, p.OrganisationId }).IsUnique();
    }
}
