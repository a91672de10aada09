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
