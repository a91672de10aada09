namespace Campaign.Documents.Elements.Table;

/// <summary>A constant width in points, or a relative weight sharing what the constant columns leave.</summary>
internal readonly record struct TableColumn(bool IsConstant, double Value);
