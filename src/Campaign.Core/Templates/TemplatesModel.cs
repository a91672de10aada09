using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Templates;

internal sealed class PositionStatementTemplateConfiguration : IEntityTypeConfiguration<PositionStatementTemplate>
{
    public void Configure(EntityTypeBuilder<PositionStatementTemplate> builder)
    {
        builder.HasIndex(t => new { t.CampaignId, t.Kind, t.Audience, t.VersionNumber }).IsUnique();
        // Existing rows are position statements; the sentinel makes EF always write the kind, never leave it to the default.
        builder.Property(t => t.Kind).HasDefaultValue(TemplateKind.PositionStatement).HasSentinel((TemplateKind)(-1));
    }
}
