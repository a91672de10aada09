using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.Location).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(i => i.AsksRaised).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.TheirConcerns).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.CommitmentsByThem).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.CommitmentsByUs).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.PqUin).HasMaxLength(FieldLengths.Uin);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Campaign).WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.CreatedBy).WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Attendees).WithOne(a => a.Interaction).HasForeignKey(a => a.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Staff).WithOne(s => s.Interaction).HasForeignKey(s => s.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Partners).WithOne(p => p.Interaction).HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
        // Covers the dashboard's contacts-per-month count without touching the table.
        builder.HasIndex(i => new { i.CampaignId, i.OccurredAt, i.Kind });
        builder.HasIndex(i => i.OccurredAt);
        // The list filtered by kind, newest first: read in index order and stop at the page instead of sorting them all.
        builder.HasIndex(i => new { i.Kind, i.OccurredAt });
        builder.HasIndex(i => i.PqUin);
    }
}
