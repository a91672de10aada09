using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Privacy;

internal sealed class PrivacyKeyConfiguration : IEntityTypeConfiguration<PrivacyKey>
{
    public void Configure(EntityTypeBuilder<PrivacyKey> builder)
    {
        builder.ToTable("PrivacyKeys");
        builder.Property(k => k.Purpose).HasMaxLength(50);
        builder.HasIndex(k => k.Purpose).IsUnique();
    }
}

internal sealed class ErasureSuppressionConfiguration : IEntityTypeConfiguration<ErasureSuppression>
{
    public void Configure(EntityTypeBuilder<ErasureSuppression> builder)
    {
        builder.ToTable("ErasureSuppressions");
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.HasIndex(s => new { s.Kind, s.Hash }).IsUnique();
    }
}
