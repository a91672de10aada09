using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Briefings;

internal sealed class BriefingPackMentionConfiguration : IEntityTypeConfiguration<BriefingPackMention>
{
    public void Configure(EntityTypeBuilder<BriefingPackMention> builder)
    {
        builder.ToTable("BriefingPackMentions");
        builder.HasKey(m => new { m.BriefingPackId, m.StakeholderId });
        // Deleting a pack takes its mentions with it; so does deleting a person (the pack then names nobody by record).
        builder.HasOne(m => m.BriefingPack).WithMany().HasForeignKey(m => m.BriefingPackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Stakeholder).WithMany().HasForeignKey(m => m.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StakeholderId);
    }
}
