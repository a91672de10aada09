using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Mail;

internal sealed class SentEmailConfiguration : IEntityTypeConfiguration<SentEmail>
{
    public void Configure(EntityTypeBuilder<SentEmail> builder)
    {
        // One digest per user per UK day, whichever instance writes it first (null days, for other kinds, never clash).
        builder.HasIndex(e => new { e.UserId, e.Kind, e.ForDay }).IsUnique();
        // The delivery worker's question: what is pending and due.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => e.CreatedAt);
        builder.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.FollowUp).WithMany().HasForeignKey(e => e.FollowUpId).OnDelete(DeleteBehavior.SetNull);
    }
}
