using System.Data.Common;
using Campaign.Common;
using Campaign.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaign.Importing;

/// <summary>
/// Writes many rows of one table with a single prepared command in the caller's transaction. Imports of
/// tens of thousands of rows go through here rather than the change tracker: EF would track every entity and
/// write an audit entry per row, which is minutes for 100,000 rows. Column names, value conversions (enums as
/// text, DateTimeOffset as binary) and generated keys come from the EF model, so rows read back exactly as if EF
/// had written them. Nothing here is audited: callers record one summary entry per import (see <see cref="ImportLog"/>).
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly IProperty[] _columns;
    private readonly Func<object, object?>[] _getters;
    private readonly IProperty? _generatedKey;

    private BulkWriter(DbCommand command, IProperty[] columns, IProperty? generatedKey)
    {
        _command = command;
        _columns = columns;
        _generatedKey = generatedKey;
        _parameters = command.Parameters.Cast<DbParameter>().ToArray();
        _getters = columns.Select(Getter).ToArray();
    }

    /// <summary>An INSERT of every column of <typeparamref name="T"/> but a generated key, which is read back onto each row.</summary>
    public static Task<BulkWriter> InsertAsync<T>(CampaignDbContext db, CancellationToken cancellationToken) where T : class =>
        InsertAsync(db, db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."), cancellationToken);

    public static async Task<BulkWriter> InsertAsync(CampaignDbContext db, IEntityType entityType, CancellationToken cancellationToken)
    {
        var key = entityType.FindPrimaryKey()!.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } only] && only.ClrType == typeof(int) ? only : null;
        // A column the database fills on every write (PostgreSQL's xmin row version) cannot be inserted.
        var columns = entityType.GetProperties().Where(p => p != generated && p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore).ToArray();
        var table = Table(entityType);
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => Quote(c.GetColumnName())))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => Parameter(i)))})" +
                  (generated is null ? "" : $" RETURNING {Quote(generated.GetColumnName())}");
        return await PrepareAsync(db, sql, columns, generated, cancellationToken);
    }

    /// <summary>
    /// An UPDATE of the named properties by the single-column key. Only those columns are written, so fields the
    /// import does not own keep whatever someone else saved meanwhile; a versioned row's version still goes up, so
    /// an editor who loaded it before the import is told to reload.
    /// </summary>
    public static async Task<BulkWriter> UpdateAsync<T>(CampaignDbContext db, IEnumerable<string> properties, CancellationToken cancellationToken) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var set = properties.Distinct().Select(name => entityType.FindProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no property {name}."))
            .Where(p => p != key && p.Name != nameof(IVersioned.Version)).ToArray();
        var columns = set.Append(key).ToArray();
        var assignments = set.Select((c, i) => $"{Quote(c.GetColumnName())} = {Parameter(i)}").ToList();
        // SQLite's version is counted by the app; PostgreSQL's (xmin) moves with the UPDATE itself.
        if (typeof(IVersioned).IsAssignableFrom(typeof(T)) && !db.DatabaseGeneratesVersions)
            assignments.Add($"{Quote(nameof(IVersioned.Version))} = {Quote(nameof(IVersioned.Version))} + 1");
        var sql = $"UPDATE {Table(entityType)} SET {string.Join(", ", assignments)} WHERE {Quote(key.GetColumnName())} = {Parameter(columns.Length - 1)}";
        return await PrepareAsync(db, sql, columns, null, cancellationToken);
    }

    /// <summary>Deletes the rows of a link table that belong to the given owners (e.g. an updated interaction's attendees).</summary>
    public static async Task DeleteByAsync(CampaignDbContext db, IEntityType entityType, string foreignKeyProperty, IEnumerable<int> ownerIds, CancellationToken cancellationToken)
    {
        var column = Quote(entityType.FindProperty(foreignKeyProperty)!.GetColumnName());
        await using var writer = await PrepareAsync(db, $"DELETE FROM {Table(entityType)} WHERE {column} = {Parameter(0)}", [entityType.FindProperty(foreignKeyProperty)!], null, cancellationToken);
        foreach (var id in ownerIds) await writer.WriteValuesAsync(_ => id, cancellationToken);
    }

    private static async Task<BulkWriter> PrepareAsync(CampaignDbContext db, string sql, IProperty[] columns, IProperty? generatedKey, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes must run inside the import's transaction.");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // Typed from the EF mapping, as EF's own saves are: PostgreSQL prepares a statement only for known types.
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, Parameter(i), null, nullable: true));
        await command.PrepareAsync(cancellationToken);
        return new BulkWriter(command, columns, generatedKey);
    }

    /// <summary>Writes one entity; a generated key is set on it.</summary>
    public async Task WriteAsync(object entity, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _columns.Length; i++)
            _parameters[i].Value = ToProvider(_columns[i], _getters[i](entity));
        if (_generatedKey is null)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        var id = Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        _generatedKey.PropertyInfo!.SetValue(entity, id);
    }

    /// <summary>Writes one row given as values by property name (link tables without a CLR type of their own).</summary>
    public async Task WriteValuesAsync(Func<string, object?> valueOf, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _columns.Length; i++)
            _parameters[i].Value = ToProvider(_columns[i], valueOf(_columns[i].Name));
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static object ToProvider(IProperty property, object? value)
    {
        if (value is null) return DBNull.Value;
        var converter = property.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
    }

    private static Func<object, object?> Getter(IProperty property)
    {
        if (property.IsShadowProperty() || property.DeclaringType.ClrType == typeof(Dictionary<string, object>))
            return _ => null; // link tables are written with WriteValuesAsync
        var getter = property.GetGetter();
        return entity => getter.GetClrValueUsingContainingEntity(entity);
    }

    // '@' names work on SQLite and PostgreSQL alike.
    private static string Parameter(int index) => "@p" + index;

    private static string Table(IEntityType entityType) => Quote(entityType.GetTableName()!);

    private static string Quote(string? name) => "\"" + name!.Replace("\"", "\"\"") + "\"";
}
