using System.ComponentModel.DataAnnotations;
namespace Campaign.Importing;

public enum ImportKind
{
    ParliamentMembers,
    WrittenQuestions,
    Stakeholders,
    Organisations,
    Interactions,
    Positions,
}

/// <summary>
/// One committed import: who, when, which file and what it did. <see cref="Summary"/> keeps the change summary
/// (JSON) so "changes since the last import" can be shown again later. Bulk imports write this row and one
/// summary audit entry instead of an audit entry per imported row.
/// </summary>
public class ImportBatch
{
    public int Id { get; set; }
    public ImportKind Kind { get; set; }
    [MaxLength(260)]
    public required string FileName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    [MaxLength(256)]
    public string UserName { get; set; } = "System";
    public int Rows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
    public string Summary { get; set; } = "{}";
}
