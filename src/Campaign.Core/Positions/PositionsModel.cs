using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Campaign.Positions;

internal sealed class StatedPositionConfiguration : IEntityTypeConfiguration<StatedPosition>
{
    public void Configure(EntityTypeBuilder<StatedPosition> builder)
    {
        // A person's history on an ask in date order (the id breaks ties), carrying the stance and confidentiality: "the
        // stance held on a date" in either view (movement, the current-stance triggers) is one seek with no table lookup.
        builder.HasIndex(p => new { p.StakeholderId, p.AskId, p.StatedOn, p.Id, p.Stance, p.IsConfidential }, "IX_StatedPositions_History");
        builder.HasIndex(p => new { p.AskId, p.Stance });
        // Dashboards and lists read only current stances: partial indexes hold just those rows, and carry every column
        // those reads use (IsCurrent too, or SQLite goes back to the table to test it).
        builder.HasIndex(p => new { p.StakeholderId, p.AskId, p.Stance, p.IsCurrent }, "IX_StatedPositions_CurrentByPerson").HasFilter("\"IsCurrent\"");
        builder.HasIndex(p => new { p.StatedOn, p.StakeholderId, p.AskId, p.Stance, p.IsCurrent }, "IX_StatedPositions_CurrentByDate").HasFilter("\"IsCurrent\"");
        builder.HasIndex(p => new { p.StakeholderId, p.AskId, p.Stance, p.IsCoalitionCurrent }, "IX_StatedPositions_CoalitionCurrentByPerson")
            .HasFilter("\"IsCoalitionCurrent\"");
        builder.HasIndex(p => new { p.StatedOn, p.StakeholderId, p.AskId, p.Stance, p.IsCoalitionCurrent }, "IX_StatedPositions_CoalitionCurrentByDate")
            .HasFilter("\"IsCoalitionCurrent\"");
    }
}
