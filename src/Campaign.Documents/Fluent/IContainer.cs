namespace Campaign.Documents;

/// <summary>A slot in the layout that holds exactly one element; the fluent extension methods fill it.</summary>
public interface IContainer
{
}

/// <summary>A table cell; <see cref="TableExtensions.ColumnSpan"/> applies to it.</summary>
public interface ITableCellContainer : IContainer
{
}

/// <summary>A reusable piece of layout: <c>container.Component(new AddressBlock(address))</c>.</summary>
public interface IComponent
{
    void Compose(IContainer container);
}
