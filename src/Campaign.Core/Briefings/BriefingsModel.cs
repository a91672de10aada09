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
