using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Letters;

internal sealed class MailMergeConfiguration : IEntityTypeConfiguration<MailMerge>
{
    public void Configure(EntityTypeBuilder<MailMerge> builder)
    {
        builder.HasOne(m => m.Template).WithMany().HasForeignKey(m => m.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.LibraryVersion).WithMany().HasForeignKey(m => m.LibraryVersionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(m => m.WordFilesVersion).WithMany().HasForeignKey(m => m.WordFilesVersionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(m => m.CreatedBy).WithMany().HasForeignKey(m => m.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Letters).WithOne(l => l.MailMerge).HasForeignKey(l => l.MailMergeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailMergeLetterConfiguration : IEntityTypeConfiguration<MailMergeLetter>
{
    public void Configure(EntityTypeBuilder<MailMergeLetter> builder)
    {
        // Deleting a logged letter (or erasing nothing: erasure keeps the stakeholder row) takes its merge row with it.
        builder.HasOne(l => l.Interaction).WithMany().HasForeignKey(l => l.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Stakeholder).WithMany().HasForeignKey(l => l.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.InteractionId).IsUnique();
    }
}
