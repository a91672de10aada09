using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Briefings;

internal sealed class BriefingPackConfiguration : IEntityTypeConfiguration<BriefingPack>
{
    public void Configure(EntityTypeBuilder<BriefingPack> builder)
    {
        builder.Property(b => b.FileHash).HasMaxLength(64);
        builder.Property(b => b.ListDescription).HasMaxLength(1000);
        builder.HasOne(b => b.Campaign).WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.GeneratedBy).WithMany().HasForeignKey(b => b.GeneratedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(b => b.Stakeholder).WithMany().HasForeignKey(b => b.StakeholderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(b => b.Interaction).WithMany().HasForeignKey(b => b.InteractionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(b => b.GeneratedAt);
    }
}
