using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Stakeholders;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.Property(s => s.Honorific).HasMaxLength(FieldLengths.Short);
        builder.Property(s => s.GivenName).HasMaxLength(FieldLengths.NamePart);
        builder.Property(s => s.FamilyName).HasMaxLength(FieldLengths.NamePart);
        builder.Property(s => s.PostNominals).HasMaxLength(FieldLengths.NamePart);
        builder.Property(s => s.DisplayName).HasMaxLength(FieldLengths.DisplayName);
        builder.Property(s => s.Party).HasMaxLength(FieldLengths.NamePart);
        builder.Property(s => s.Constituency).HasMaxLength(FieldLengths.Seat);
        builder.Property(s => s.Peerage).HasMaxLength(FieldLengths.Seat);
        builder.Property(s => s.Department).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Role).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(s => s.Phone).HasMaxLength(FieldLengths.Short);
        builder.Property(s => s.Address).HasMaxLength(FieldLengths.Line);
        builder.Property(s => s.Notes).HasMaxLength(FieldLengths.LongText);
        builder.Property(s => s.DataSource).HasMaxLength(FieldLengths.Line);
        builder.Property(s => s.MembershipEndReason).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.ThumbnailUrl).HasMaxLength(FieldLengths.Line);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Stakeholders_Influence", "\"Influence\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_Stakeholders_Interest", "\"Interest\" BETWEEN 1 AND 5");
        });

        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.RelationshipOwner).WithMany().HasForeignKey(s => s.RelationshipOwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Tags).WithMany(t => t.Stakeholders).UsingEntity("StakeholderTags");
        builder.HasMany(s => s.Posts).WithOne(p => p.Stakeholder).HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);

        // The directory searches and filters on these.
        builder.HasIndex(s => s.ParliamentMemberId).IsUnique();
        builder.HasIndex(s => new { s.FamilyName, s.GivenName });
        builder.HasIndex(s => s.DisplayName);
        builder.HasIndex(s => s.Kind);
        builder.HasIndex(s => s.Party);
        builder.HasIndex(s => s.Constituency);
        builder.HasIndex(s => s.Priority);
        builder.HasIndex(s => s.Email);
        // Dashboard indexes, each covering its query: head counts of current targets by kind, party and grid cell;
        // people contacted in a period; priority-A coverage and the grid's most influential and interested first.
        builder.HasIndex(s => new { s.Status, s.Kind, s.Party, s.Influence, s.Interest, s.Priority }, "IX_Stakeholders_Targets");
        builder.HasIndex(s => new { s.Status, s.LatestContactAt, s.Kind }, "IX_Stakeholders_Contacts");
        builder.HasIndex(s => new { s.Priority, s.Status, s.Influence, s.Interest, s.FamilyName, s.Kind, s.LatestContactAt, s.LatestOpenContactAt },
            "IX_Stakeholders_PriorityTargets").IsDescending(false, false, true, true, false, false, false, false);
    }
}
