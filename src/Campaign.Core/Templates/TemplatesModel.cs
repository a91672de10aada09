using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Templates;

internal sealed class PositionStatementTemplateConfiguration : IEntityTypeConfiguration<PositionStatementTemplate>
{
    public void Configure(EntityTypeBuilder<PositionStatementTemplate> builder) =>
        builder.HasIndex(t => new { t.CampaignId, t.Audience, t.VersionNumber }).IsUnique();
}
