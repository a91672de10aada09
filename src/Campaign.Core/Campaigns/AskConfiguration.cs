using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(50);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.HasIndex(a => new { a.CampaignId, a.Code }).IsUnique();
    }
}
