using Campaign.Documents.Elements;

namespace Campaign.Documents;

public sealed class RowDescriptor
{
    private readonly Row row;

    internal RowDescriptor(Row row) => this.row = row;

    /// <summary>Horizontal gap between items, in points.</summary>
    public RowDescriptor Spacing(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        row.Spacing = value;
        return this;
    }

    /// <summary>An item of a fixed width in points.</summary>
    public IContainer ConstantItem(double width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        return Add(RowItemKind.Constant, width);
    }

    /// <summary>An item sharing the width left by constant and auto items, in proportion to its weight.</summary>
    public IContainer RelativeItem(double weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return Add(RowItemKind.Relative, weight);
    }

    /// <summary>An item as wide as its content.</summary>
    public IContainer AutoItem() => Add(RowItemKind.Auto, 0);

    private RowItem Add(RowItemKind kind, double value)
    {
        var item = new RowItem { Kind = kind, Value = value };
        row.Items.Add(item);
        return item;
    }
}
