using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionAskConfiguration : IEntityTypeConfiguration<InteractionAsk>
{
    public void Configure(EntityTypeBuilder<InteractionAsk> builder)
    {
        builder.HasKey(a => new { a.InteractionId, a.AskId });
        builder.HasOne(a => a.Interaction).WithMany(i => i.Asks).HasForeignKey(a => a.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Ask).WithMany().HasForeignKey(a => a.AskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.AskId);
    }
}
