using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements.Table;

internal sealed class TableCell : ContainerElement, ITableCellContainer
{
    public int ColumnSpan { get; set; } = 1;

    /// <summary>Placed by the table when it is first laid out (row-major, in the order cells were added).</summary>
    public int Row { get; set; }

    public int Column { get; set; }

    /// <summary>Set once the cell's content is drawn, so a row split across pages does not repeat it.</summary>
    public bool IsDone { get; set; }

    public override void ResetState() => IsDone = false;

    public override string Describe() => $"Cell(row {Row + 1}, column {Column + 1})";
}
