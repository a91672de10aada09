using Microsoft.Data.Sqlite;
using Npgsql;

namespace Campaign.Data;

/// <summary>
/// A unique index refusing a save that passed validation: someone saved the same organisation name or Parliament member
/// id in between. The answer is what validation says now, not an exception.
/// </summary>
public static class UniqueIndexClash
{
    // SQLite: SQLITE_CONSTRAINT_UNIQUE. PostgreSQL: unique_violation.
    public static bool Is(Exception ex) =>
        ex is SqliteException { SqliteExtendedErrorCode: 2067 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || ex is DbUpdateException { InnerException: { } inner } && Is(inner);
}
