using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Templates;

internal sealed class PositionStatementTemplateConfiguration : IEntityTypeConfiguration<PositionStatementTemplate>
{
    public void Configure(EntityTypeBuilder<PositionStatementTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.ChangeNote).HasMaxLength(FieldLengths.Line);
        builder.HasOne(t => t.Campaign).WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.CreatedBy).WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.CampaignId, t.Audience, t.VersionNumber }).IsUnique();
    }
}
