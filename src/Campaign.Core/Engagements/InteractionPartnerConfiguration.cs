using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionPartnerConfiguration : IEntityTypeConfiguration<InteractionPartner>
{
    public void Configure(EntityTypeBuilder<InteractionPartner> builder)
    {
        builder.HasKey(p => new { p.InteractionId, p.OrganisationId });
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganisationId);
    }
}
