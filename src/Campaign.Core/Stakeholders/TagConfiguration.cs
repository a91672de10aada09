using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Stakeholders;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Tag).UseCollation("NOCASE");
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
