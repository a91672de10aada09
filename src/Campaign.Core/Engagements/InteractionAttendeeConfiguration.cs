using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionAttendeeConfiguration : IEntityTypeConfiguration<InteractionAttendee>
{
    public void Configure(EntityTypeBuilder<InteractionAttendee> builder)
    {
        builder.HasKey(a => new { a.InteractionId, a.StakeholderId });
        builder.HasOne(a => a.Stakeholder).WithMany(s => s.Attendances).HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        // "Last contacted" and the profile timeline look interactions up by person.
        builder.HasIndex(a => new { a.StakeholderId, a.InteractionId });
    }
}
