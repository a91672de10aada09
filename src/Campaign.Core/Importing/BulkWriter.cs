using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaign.Importing;

/// <summary>
/// Writes many rows of one table with a single prepared command. Imports of tens of thousands of rows go through here
/// rather than the change tracker: EF would track every entity and write an audit entry per row, which is minutes for
/// 100,000 rows. Column names, value conversions (enums as text, DateTimeOffset as binary) and parameter types come
/// from the EF model, so rows read back exactly as if EF had written them. Imports write into an
/// <see cref="ImportStage"/> (temporary tables, copied into the real ones in one short transaction); <see cref="InsertAsync{T}"/>
/// writes straight into the caller's transaction. Nothing here is audited: callers record one summary entry per import
/// (see <see cref="ImportLog"/>).
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly IProperty[] _columns;
    private readonly Func<object, object?>[] _getters;
    private readonly IProperty? _returnedKey;
    private readonly Func<object, CancellationToken, ValueTask>? _beforeWrite;

    /// <param name="returnedKey">A key the database generates and the command returns, set on each entity.</param>
    /// <param name="beforeWrite">Runs before each entity is written (a stage gives it its key there).</param>
    private BulkWriter(DbCommand command, IProperty[] columns, IProperty? returnedKey, Func<object, CancellationToken, ValueTask>? beforeWrite)
    {
        _command = command;
        _columns = columns;
        _returnedKey = returnedKey;
        _beforeWrite = beforeWrite;
        _parameters = command.Parameters.Cast<DbParameter>().ToArray();
        _getters = columns.Select(Getter).ToArray();
    }

    /// <summary>An INSERT, into the caller's transaction, of every column of <typeparamref name="T"/> but a generated key, which is read back onto each row.</summary>
    public static async Task<BulkWriter> InsertAsync<T>(CampaignDbContext db, CancellationToken cancellationToken) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var generated = GeneratedKey(entityType);
        var columns = InsertColumns(entityType).Where(p => p != generated).ToArray();
        var sql = $"INSERT INTO {Table(entityType)} ({ColumnList(columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => Parameter(i)))})" +
                  (generated is null ? "" : $" RETURNING {Quote(generated.GetColumnName())}");
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes must run inside the import's transaction.");
        return await PrepareAsync(db.Database.GetDbConnection(), transaction, sql, columns, generated, null, cancellationToken);
    }

    /// <summary>A single-column integer key the database generates, or null.</summary>
    public static IProperty? GeneratedKey(IEntityType entityType) =>
        entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } only] && only.ClrType == typeof(int) ? only : null;

    /// <summary>Every column an INSERT can write: not one the database fills on every write (PostgreSQL's xmin row version).</summary>
    public static IProperty[] InsertColumns(IEntityType entityType) =>
        entityType.GetProperties().Where(p => p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore).ToArray();

    /// <summary>A prepared command with one parameter per column, typed from the EF mapping as EF's own saves are.</summary>
    public static async Task<BulkWriter> PrepareAsync(DbConnection connection, DbTransaction transaction, string sql, IProperty[] columns,
        IProperty? returnedKey, Func<object, CancellationToken, ValueTask>? beforeWrite, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // PostgreSQL prepares a statement only for known parameter types.
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, Parameter(i), null, nullable: true));
        await command.PrepareAsync(cancellationToken);
        return new BulkWriter(command, columns, returnedKey, beforeWrite);
    }

    /// <summary>Writes one entity; a generated key is set on it.</summary>
    public async Task WriteAsync(object entity, CancellationToken cancellationToken)
    {
        if (_beforeWrite is not null) await _beforeWrite(entity, cancellationToken);
        for (var i = 0; i < _columns.Length; i++)
            _parameters[i].Value = ToProvider(_columns[i], _getters[i](entity));
        if (_returnedKey is null)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        var id = Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        _returnedKey.PropertyInfo!.SetValue(entity, id);
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
    public static string Parameter(int index) => "@p" + index;

    public static string Table(IEntityType entityType) => Quote(entityType.GetTableName()!);

    public static string ColumnList(IEnumerable<IProperty> columns) => string.Join(", ", columns.Select(c => Quote(c.GetColumnName())));

    public static string Quote(string? name) => "\"" + name!.Replace("\"", "\"\"") + "\"";
}
