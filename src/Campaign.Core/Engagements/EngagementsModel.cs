using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Engagements;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        // Covers the dashboard's contacts-per-month count without touching the table.
        builder.HasIndex(i => new { i.CampaignId, i.OccurredAt, i.Kind });
        builder.HasIndex(i => i.OccurredAt);
        // The list filtered by kind, newest first: read in index order and stop at the page instead of sorting them all.
        builder.HasIndex(i => new { i.Kind, i.OccurredAt });
        builder.HasIndex(i => i.PqUin);
        builder.HasIndex(i => i.MessageId).IsUnique();
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        // Optional, yet a person's follow-ups go with them (the convention for optional links would only clear it).
        builder.HasOne(f => f.Stakeholder).WithMany(s => s.FollowUps).HasForeignKey(f => f.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Status, f.DueOn });
        builder.HasIndex(f => new { f.OwnerId, f.Status, f.DueOn });
        builder.HasIndex(f => f.StakeholderId);
    }
}

// The links below are keyed by both ends; their foreign keys follow the conventions in CampaignDbContext.
internal sealed class InteractionLinksConfiguration :
    IEntityTypeConfiguration<InteractionAttendee>, IEntityTypeConfiguration<InteractionStaff>,
    IEntityTypeConfiguration<InteractionPartner>, IEntityTypeConfiguration<InteractionAsk>
{
    public void Configure(EntityTypeBuilder<InteractionAttendee> builder)
    {
        builder.HasKey(a => new { a.InteractionId, a.StakeholderId });
        // "Last contacted" and the profile timeline look interactions up by person.
        builder.HasIndex(a => new { a.StakeholderId, a.InteractionId });
    }

    public void Configure(EntityTypeBuilder<InteractionStaff> builder) => builder.HasKey(s => new { s.InteractionId, s.UserId });

    public void Configure(EntityTypeBuilder<InteractionPartner> builder) => builder.HasKey(p => new { p.InteractionId, p.OrganisationId });

    public void Configure(EntityTypeBuilder<InteractionAsk> builder) => builder.HasKey(a => new { a.InteractionId, a.AskId });
}
