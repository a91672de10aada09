using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionStaffConfiguration : IEntityTypeConfiguration<InteractionStaff>
{
    public void Configure(EntityTypeBuilder<InteractionStaff> builder)
    {
        builder.HasKey(s => new { s.InteractionId, s.UserId });
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
