using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Evidence).HasMaxLength(4000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.CampaignId, m.SortOrder });
    }
}
