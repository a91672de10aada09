using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.ShortName).HasMaxLength(50);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.Notes).HasMaxLength(4000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.Kind);
    }
}
