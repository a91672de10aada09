using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.ShortName).HasMaxLength(FieldLengths.Short);
        builder.Property(o => o.Website).HasMaxLength(FieldLengths.Line);
        builder.Property(o => o.Notes).HasMaxLength(FieldLengths.Text);
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.Kind);
    }
}
