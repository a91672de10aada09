using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Library;

internal sealed class LibraryDocumentConfiguration : IEntityTypeConfiguration<LibraryDocument>
{
    public void Configure(EntityTypeBuilder<LibraryDocument> builder)
    {
        builder.HasIndex(d => new { d.CampaignId, d.Title });
        builder.HasMany(d => d.Versions).WithOne(v => v.Document).HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LibraryDocumentVersionConfiguration : IEntityTypeConfiguration<LibraryDocumentVersion>
{
    public void Configure(EntityTypeBuilder<LibraryDocumentVersion> builder)
    {
        // Two uploads racing for the same number: one wins, the other is told to try again.
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.HasOne(v => v.UploadedBy).WithMany().HasForeignKey(v => v.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class LibraryFileConfiguration : IEntityTypeConfiguration<LibraryFile>
{
    public void Configure(EntityTypeBuilder<LibraryFile> builder)
    {
        builder.HasKey(f => f.VersionId);
        builder.HasOne(f => f.DocumentVersion).WithOne().HasForeignKey<LibraryFile>(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
