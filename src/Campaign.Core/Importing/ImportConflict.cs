using Microsoft.Data.Sqlite;
using Npgsql;

namespace Campaign.Importing;

/// <summary>
/// A write refused by the database after the file was checked: someone saved a clashing record (the same
/// organisation name, the same Parliament member) in between. The import's transaction is rolled back, so the person
/// is told nothing was imported and can try again. Waiting too long for the write lock is not a clash: it reaches the
/// page, which says another save is still running and keeps the checked file for "Try again".
/// </summary>
internal static class ImportConflict
{
    public static readonly ImportProblem Problem = ImportProblem.File(
        "Nothing was imported: someone changed the same records while the file was being imported. Upload it again to check it against the latest data.");

    /// <summary>How often an import that can work itself out again on the latest data (Members, written questions) tries.</summary>
    public const int Attempts = 3;

    /// <summary>
    /// Runs an attempt at an import; when its write clashes, the import is worked out again on the latest data, and
    /// after <see cref="Attempts"/> tries it gives up with <paramref name="gaveUp"/>. A preview writes nothing, so never clashes.
    /// </summary>
    public static async Task<T> RetryAsync<T>(bool commit, Func<Task<T>> attempt, Func<T> gaveUp)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception ex) when (commit && Is(ex))
            {
                if (tries == Attempts) return gaveUp();
            }
        }
    }

    public static bool Is(Exception ex) => IsClash(ex) || ex is DbUpdateException { InnerException: { } inner } && IsClash(inner);

    // SQLite: constraint. PostgreSQL: unique or foreign-key violation, serialization failure, deadlock.
    private static bool IsClash(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: 19 }
        || ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };
}
