using Campaign.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaign.Web.Components.Errors;

/// <summary>An operation that threw, as shown to the user: its kind and the reference it was logged under.</summary>
public sealed record Failure(FailureKind Kind, string Reference)
{
    // SQLITE_BUSY and SQLITE_LOCKED: another connection held the write lock past the busy timeout.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    // PostgreSQL: serialization_failure, deadlock_detected, lock_not_available (lock_timeout / NOWAIT).
    private static readonly HashSet<string> PostgresLockStates = ["40001", "40P01", "55P03"];

    /// <summary>Sorts an exception (or any exception it wraps: EF wraps provider errors) into what the user is told.</summary>
    public static FailureKind Classify(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AccessDeniedException:
                    return FailureKind.AccessDenied;
                case DbUpdateConcurrencyException:
                    return FailureKind.Conflict;
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return FailureKind.LockWait;
                case PostgresException postgres when PostgresLockStates.Contains(postgres.SqlState):
                    return FailureKind.LockWait;
            }
        }
        return FailureKind.Unexpected;
    }
}
