using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Privacy;

internal sealed class PrivacyKeyConfiguration : IEntityTypeConfiguration<PrivacyKey>
{
    public void Configure(EntityTypeBuilder<PrivacyKey> builder)
    {
        builder.ToTable("PrivacyKeys");
        builder.HasIndex(k => k.Purpose).IsUnique();
    }
}

internal sealed class ErasureSuppressionConfiguration : IEntityTypeConfiguration<ErasureSuppression>
{
    public void Configure(EntityTypeBuilder<ErasureSuppression> builder)
    {
        builder.ToTable("ErasureSuppressions");
        builder.HasIndex(s => new { s.Kind, s.Hash }).IsUnique();
    }
}
