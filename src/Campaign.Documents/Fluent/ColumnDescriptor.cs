using Campaign.Documents.Elements;

namespace Campaign.Documents;

public sealed class ColumnDescriptor
{
    private readonly Column column;

    internal ColumnDescriptor(Column column) => this.column = column;

    /// <summary>Vertical gap between items, in points (not added at page breaks).</summary>
    public ColumnDescriptor Spacing(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        column.Spacing = value;
        return this;
    }

    public IContainer Item()
    {
        var item = new Container();
        column.Items.Add(item);
        return item;
    }
}
