using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Briefings;

internal sealed class BriefingPackConfiguration : IEntityTypeConfiguration<BriefingPack>
{
    public void Configure(EntityTypeBuilder<BriefingPack> builder) => builder.HasIndex(b => b.GeneratedAt);
}

internal sealed class BriefingPackFileConfiguration : IEntityTypeConfiguration<BriefingPackFile>
{
    public void Configure(EntityTypeBuilder<BriefingPackFile> builder)
    {
        // A table of its own, so listing packs never reads the files.
        builder.ToTable("BriefingPackFiles");
        builder.HasKey(f => f.BriefingPackId);
        builder.HasOne(f => f.BriefingPack).WithOne().HasForeignKey<BriefingPackFile>(f => f.BriefingPackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BriefingPackMentionConfiguration : IEntityTypeConfiguration<BriefingPackMention>
{
    public void Configure(EntityTypeBuilder<BriefingPackMention> builder)
    {
        builder.ToTable("BriefingPackMentions");
        builder.HasKey(m => new { m.BriefingPackId, m.StakeholderId });
        // Deleting a pack or a person takes the mentions with it (the pack then names nobody by record).
        builder.HasIndex(m => m.StakeholderId);
    }
}

internal sealed class BriefingPackAppendixConfiguration : IEntityTypeConfiguration<BriefingPackAppendix>
{
    public void Configure(EntityTypeBuilder<BriefingPackAppendix> builder)
    {
        builder.ToTable("BriefingPackAppendices");
        builder.HasIndex(a => new { a.BriefingPackId, a.Position }).IsUnique();
        builder.HasOne(a => a.BriefingPack).WithMany().HasForeignKey(a => a.BriefingPackId).OnDelete(DeleteBehavior.Cascade);
        // SetNull, not Restrict: an old pack must not stop the library deleting a document. The pack keeps its file
        // (the pages are in it) and this row keeps the title and version number as included.
        builder.HasOne(a => a.LibraryVersion).WithMany().HasForeignKey(a => a.LibraryVersionId).OnDelete(DeleteBehavior.SetNull);
    }
}
