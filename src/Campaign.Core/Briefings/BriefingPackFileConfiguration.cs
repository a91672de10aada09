using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Briefings;

internal sealed class BriefingPackFileConfiguration : IEntityTypeConfiguration<BriefingPackFile>
{
    public void Configure(EntityTypeBuilder<BriefingPackFile> builder)
    {
        // A table of its own, so listing packs never reads the files.
        builder.ToTable("BriefingPackFiles");
        builder.HasKey(f => f.BriefingPackId);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasOne(f => f.BriefingPack).WithOne().HasForeignKey<BriefingPackFile>(f => f.BriefingPackId).OnDelete(DeleteBehavior.Cascade);
    }
}
