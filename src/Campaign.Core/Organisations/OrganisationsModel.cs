using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.Kind);
    }
}
