using Campaign.Importing.Parliament;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Importing;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("ImportBatches");
        builder.HasIndex(b => new { b.Kind, b.At });
    }
}

internal sealed class MemberEventConfiguration : IEntityTypeConfiguration<MemberEvent>
{
    // Erasure removes a person's events with them (required link); deleting an import batch keeps what it found (optional).
    public void Configure(EntityTypeBuilder<MemberEvent> builder)
    {
        builder.HasIndex(e => new { e.StakeholderId, e.At });
        builder.HasIndex(e => e.At);
    }
}
