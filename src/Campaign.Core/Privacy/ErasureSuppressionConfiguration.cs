using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Privacy;

internal sealed class ErasureSuppressionConfiguration : IEntityTypeConfiguration<ErasureSuppression>
{
    public void Configure(EntityTypeBuilder<ErasureSuppression> builder)
    {
        builder.ToTable("ErasureSuppressions");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.HasIndex(s => new { s.Kind, s.Hash }).IsUnique();
    }
}
