using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(m => m.Evidence).HasMaxLength(FieldLengths.Text);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.CampaignId, m.SortOrder });
    }
}
