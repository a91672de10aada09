using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Importing.Parliament;

internal sealed class MemberEventConfiguration : IEntityTypeConfiguration<MemberEvent>
{
    public void Configure(EntityTypeBuilder<MemberEvent> builder)
    {
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.Property(e => e.DismissedBy).HasMaxLength(256);
        // Erasure removes a person's events with them; deleting an import batch keeps what it found.
        builder.HasOne(e => e.Stakeholder).WithMany().HasForeignKey(e => e.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.ImportBatch).WithMany().HasForeignKey(e => e.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.StakeholderId, e.At });
        builder.HasIndex(e => e.At);
    }
}
