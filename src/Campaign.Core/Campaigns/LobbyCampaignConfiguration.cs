using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class LobbyCampaignConfiguration : IEntityTypeConfiguration<LobbyCampaign>
{
    public void Configure(EntityTypeBuilder<LobbyCampaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Goal).HasMaxLength(FieldLengths.Text);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Asks).WithOne(a => a.Campaign).HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Milestones).WithOne(m => m.Campaign).HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Partners).WithOne(p => p.Campaign).HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
