namespace Campaign.Documents.Elements.Table;

/// <summary>Flows cells into rows left to right, starting a new row when a cell's span does not fit the current one.</summary>
internal static class TableGrid
{
    public static List<List<TableCell>> Place(IReadOnlyList<TableCell> cells, int columnCount)
    {
        var rows = new List<List<TableCell>>();
        var column = columnCount;
        foreach (var cell in cells)
        {
            if (cell.ColumnSpan > columnCount)
                throw new InvalidOperationException($"A table cell spans {cell.ColumnSpan} columns but the table has only {columnCount}.");

            if (column + cell.ColumnSpan > columnCount)
            {
                rows.Add([]);
                column = 0;
            }

            cell.Row = rows.Count - 1;
            cell.Column = column;
            rows[^1].Add(cell);
            column += cell.ColumnSpan;
        }

        return rows;
    }
}
