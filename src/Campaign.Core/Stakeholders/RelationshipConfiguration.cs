using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Stakeholders;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.Note);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.FromStakeholder).WithMany().HasForeignKey(r => r.FromStakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ToStakeholder).WithMany().HasForeignKey(r => r.ToStakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ToOrganisation).WithMany().HasForeignKey(r => r.ToOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Relationships_OneTarget",
            "(\"ToStakeholderId\" IS NULL) <> (\"ToOrganisationId\" IS NULL)"));
        builder.HasIndex(r => r.FromStakeholderId);
        builder.HasIndex(r => r.ToStakeholderId);
        builder.HasIndex(r => r.ToOrganisationId);
    }
}
