using Microsoft.EntityFrameworkCore.Metadata;

namespace Campaign.Importing;

/// <summary>
/// The longest text each column takes, from the EF model. SQLite does not enforce lengths, so imports check
/// them here against the same numbers the forms use.
/// </summary>
internal sealed class StringLimits(IModel model)
{
    /// <summary>Every string property of the entity that is longer than its column allows.</summary>
    public IEnumerable<(string Property, int Length, int Max)> Violations(object entity)
    {
        var entityType = model.FindEntityType(entity.GetType());
        if (entityType is null) yield break;
        foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null))
        {
            if (property.GetMaxLength() is { } max && property.PropertyInfo!.GetValue(entity) is string { } text && text.Length > max)
                yield return (property.Name, text.Length, max);
        }
    }
}
