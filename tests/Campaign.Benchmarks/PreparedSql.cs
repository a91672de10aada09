using Microsoft.Data.Sqlite;

namespace Campaign.Benchmarks;

/// <summary>Prepared SQLite commands with positional values, for the generator and the raw-insert comparison.</summary>
public static class PreparedSql
{
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters in the order they were declared; null becomes SQL NULL.</summary>
    public static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
