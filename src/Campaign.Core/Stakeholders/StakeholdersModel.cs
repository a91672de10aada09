using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Stakeholders;

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Stakeholders_Influence", "\"Influence\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_Stakeholders_Interest", "\"Interest\" BETWEEN 1 AND 5");
        });

        builder.HasMany(s => s.Tags).WithMany(t => t.Stakeholders).UsingEntity("StakeholderTags");

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

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Tag).UseCollation("NOCASE");
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder) => builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title);
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        // Optional (one target or the other), yet a link goes with whichever it points at.
        builder.HasOne(r => r.ToStakeholder).WithMany().HasForeignKey(r => r.ToStakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ToOrganisation).WithMany().HasForeignKey(r => r.ToOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Relationships_OneTarget",
            "(\"ToStakeholderId\" IS NULL) <> (\"ToOrganisationId\" IS NULL)"));
        builder.HasIndex(r => r.FromStakeholderId);
        builder.HasIndex(r => r.ToStakeholderId);
        builder.HasIndex(r => r.ToOrganisationId);
    }
}
