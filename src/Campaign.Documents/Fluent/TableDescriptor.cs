using Campaign.Documents.Elements.Table;

namespace Campaign.Documents;

public sealed class TableDescriptor
{
    private readonly Table table;

    internal TableDescriptor(Table table) => this.table = table;

    public void ColumnsDefinition(Action<TableColumnsDefinitionDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(new TableColumnsDefinitionDescriptor(table));
    }

    /// <summary>Header cells, repeated at the top of every page the table spans.</summary>
    public void Header(Action<TableCellDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(new TableCellDescriptor(table.HeaderCells));
    }

    /// <summary>The next cell, placed left to right, row by row.</summary>
    public ITableCellContainer Cell()
    {
        var cell = new TableCell();
        table.Cells.Add(cell);
        return cell;
    }
}

public sealed class TableColumnsDefinitionDescriptor
{
    private readonly Table table;

    internal TableColumnsDefinitionDescriptor(Table table) => this.table = table;

    /// <summary>A column of a fixed width in points.</summary>
    public void ConstantColumn(double width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        table.Columns.Add(new TableColumn(true, width));
    }

    /// <summary>A column sharing the width the constant columns leave, by weight.</summary>
    public void RelativeColumn(double weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        table.Columns.Add(new TableColumn(false, weight));
    }
}

public sealed class TableCellDescriptor
{
    private readonly List<TableCell> cells;

    internal TableCellDescriptor(List<TableCell> cells) => this.cells = cells;

    public ITableCellContainer Cell()
    {
        var cell = new TableCell();
        cells.Add(cell);
        return cell;
    }
}

public static class TableExtensions
{
    /// <summary>Makes the cell span several columns.</summary>
    public static ITableCellContainer ColumnSpan(this ITableCellContainer cell, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ((TableCell)cell).ColumnSpan = columns;
        return cell;
    }
}
