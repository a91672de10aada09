using Campaign.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Campaigns;

internal sealed class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(FieldLengths.Short);
        builder.Property(a => a.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.Text);
        builder.HasIndex(a => new { a.CampaignId, a.Code }).IsUnique();
    }
}
