using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements.Table;

/// <summary>
/// A grid of cells with a header repeated on every page. Pages break between rows; a row that is taller than a
/// whole page is split between its cells' lines rather than failing.
/// </summary>
internal sealed class Table : Element
{
    private List<List<TableCell>>? headerRows;
    private List<List<TableCell>>? bodyRows;
    private int currentRow;
    private bool headerOnlyDrawn;

    public List<TableColumn> Columns { get; } = [];

    public List<TableCell> HeaderCells { get; } = [];

    public List<TableCell> Cells { get; } = [];

    public override IEnumerable<Element> Children => HeaderCells.Concat(Cells);

    public override SpacePlan Measure(Size available) => Layout(available).Plan;

    public override void Draw(Size available)
    {
        var layout = Layout(available);
        if (!layout.Plan.HasContent)
            return;

        double top = 0;
        foreach (var row in HeaderRows)
        {
            var height = MeasureRow(row, layout.Widths, double.PositiveInfinity).Height;
            DrawRow(row, layout.Widths, top, height);
            top += height;
        }

        // The header is drawn afresh on the next page.
        foreach (var cell in HeaderCells)
            LayoutTree.Reset(cell);

        foreach (var (index, rowTop, height, plan) in layout.Rows)
        {
            DrawRow(BodyRows[index], layout.Widths, rowTop, height);
            if (plan.Type != SpacePlanType.PartialRender)
                currentRow = index + 1;
        }

        headerOnlyDrawn = BodyRows.Count == 0;
    }

    public override void ResetState()
    {
        currentRow = 0;
        headerOnlyDrawn = false;
    }

    public override string Describe() => $"Table({Columns.Count} columns)";

    private List<List<TableCell>> HeaderRows => headerRows ??= TableGrid.Place(HeaderCells, Columns.Count);

    private List<List<TableCell>> BodyRows => bodyRows ??= TableGrid.Place(Cells, Columns.Count);

    private TableLayout Layout(Size available)
    {
        var widths = Widths(available.Width);
        if (widths is null)
            return new TableLayout(SpacePlan.Wrap(this, $"the constant columns need more than the {available.Width:0.##} pt width available"), [], []);

        var width = Math.Min(widths.Sum(), available.Width);
        var rows = new List<(int Index, double Top, double Height, SpacePlan Plan)>();

        double top = 0;
        foreach (var row in HeaderRows)
        {
            var plan = MeasureRow(row, widths, available.Height - top);
            if (plan.IsWrap)
                return new TableLayout(plan, widths, rows);
            if (plan.Type == SpacePlanType.PartialRender)
                return new TableLayout(SpacePlan.Wrap(this, $"the table header needs more than the {available.Height:0.##} pt height available"), widths, rows);
            top += plan.Height;
        }

        if (BodyRows.Count == 0)
            return new TableLayout(headerOnlyDrawn ? SpacePlan.Empty() : SpacePlan.FullRender(width, top), widths, rows);
        if (currentRow >= BodyRows.Count)
            return new TableLayout(SpacePlan.Empty(), widths, rows);

        var headerHeight = top;
        for (var index = currentRow; index < BodyRows.Count; index++)
        {
            var plan = MeasureRow(BodyRows[index], widths, Math.Max(0, available.Height - top));
            if (plan.Type == SpacePlanType.FullRender || plan.IsEmpty)
            {
                rows.Add((index, top, plan.Height, plan));
                top += plan.Height;
                continue;
            }

            // Rows stay whole, unless the row could not fit on any page: then it splits rather than fail.
            if (plan.Type == SpacePlanType.PartialRender && rows.Count == 0 && TallerThanAPage(index, widths, headerHeight))
            {
                rows.Add((index, top, plan.Height, plan));
                return new TableLayout(SpacePlan.PartialRender(width, top + plan.Height), widths, rows);
            }

            if (rows.Count == 0)
            {
                var wrap = plan.IsWrap ? plan : SpacePlan.Wrap(this, $"row {index + 1} needs more than the {available.Height - top:0.##} pt height left");
                return new TableLayout(wrap, widths, rows);
            }

            return new TableLayout(SpacePlan.PartialRender(width, top), widths, rows);
        }

        return new TableLayout(SpacePlan.FullRender(width, top), widths, rows);
    }

    private bool TallerThanAPage(int index, double[] widths, double headerHeight) =>
        headerHeight + MeasureRow(BodyRows[index], widths, double.PositiveInfinity).Height > Context.PageContentHeight + Size.Epsilon;

    private static SpacePlan MeasureRow(List<TableCell> row, double[] widths, double height) =>
        SideBySide.Measure(row.Where(cell => !cell.IsDone).Select(cell => ((Element)cell, CellWidth(cell, widths))), height, () => 0);

    private void DrawRow(List<TableCell> row, double[] widths, double top, double height)
    {
        foreach (var cell in row)
        {
            if (cell.IsDone)
                continue;

            // Every cell gets the row's height so borders and backgrounds line up across the row.
            var space = new Size(CellWidth(cell, widths), height);
            var plan = cell.Measure(space);
            var left = widths.Take(cell.Column).Sum();

            Canvas.Translate(left, top);
            cell.Draw(space);
            Canvas.Translate(-left, -top);

            cell.IsDone = plan.Type is SpacePlanType.FullRender or SpacePlanType.Empty;
        }
    }

    private static double CellWidth(TableCell cell, double[] widths) => widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();

    private double[]? Widths(double available)
    {
        if (Columns.Count == 0)
            throw new InvalidOperationException("A table needs at least one column: call ColumnsDefinition.");

        var constant = Columns.Where(c => c.IsConstant).Sum(c => c.Value);
        if (constant > available + Size.Epsilon)
            return null;

        var weights = Columns.Where(c => !c.IsConstant).Sum(c => c.Value);
        var remaining = double.IsFinite(available) ? available - constant : 0;
        return Columns.Select(c => c.IsConstant ? c.Value : weights > 0 ? remaining * c.Value / weights : 0).ToArray();
    }

    private sealed record TableLayout(SpacePlan Plan, double[] Widths, List<(int Index, double Top, double Height, SpacePlan Plan)> Rows);
}
