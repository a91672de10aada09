using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Users;

internal sealed class CampaignUserConfiguration : IEntityTypeConfiguration<CampaignUser>
{
    public void Configure(EntityTypeBuilder<CampaignUser> builder)
    {
        builder.HasOne(u => u.PartnerOrganisation).WithMany().HasForeignKey(u => u.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Existing users get the same defaults as new ones; the sentinel equals the default, so a user's "off" is still written.
        builder.Property(u => u.DigestEnabled).HasDefaultValue(true).HasSentinel(true);
        builder.Property(u => u.AssignmentEmailsEnabled).HasDefaultValue(true).HasSentinel(true);
        builder.Property(u => u.DigestAt).HasDefaultValue(new TimeOnly(8, 0)).HasSentinel(new TimeOnly(8, 0));
    }
}
