using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne(f => f.Owner).WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.Stakeholder).WithMany(s => s.FollowUps).HasForeignKey(f => f.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Interaction).WithMany(i => i.FollowUps).HasForeignKey(f => f.InteractionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.Status, f.DueOn });
        builder.HasIndex(f => new { f.OwnerId, f.Status, f.DueOn });
        builder.HasIndex(f => f.StakeholderId);
    }
}
