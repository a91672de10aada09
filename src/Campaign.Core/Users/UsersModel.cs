using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Users;

internal sealed class CampaignUserConfiguration : IEntityTypeConfiguration<CampaignUser>
{
    public void Configure(EntityTypeBuilder<CampaignUser> builder) =>
        builder.HasOne(u => u.PartnerOrganisation).WithMany().HasForeignKey(u => u.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
}
