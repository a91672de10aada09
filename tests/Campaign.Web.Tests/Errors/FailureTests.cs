using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaign.Web.Tests.Errors;

/// <summary>Each kind of failure gets its own message, so the sorting must see through EF's wrapping.</summary>
public sealed class FailureTests
{
    [Fact]
    public void A_locked_or_busy_sqlite_database_is_a_lock_wait_even_inside_an_ef_exception()
    {
        Assert.Equal(FailureKind.LockWait, Failure.Classify(DatabaseFaults.DatabaseLocked()));
        Assert.Equal(FailureKind.LockWait, Failure.Classify(new Microsoft.Data.Sqlite.SqliteException("database table is locked", 6)));
        Assert.Equal(FailureKind.LockWait, Failure.Classify(new DbUpdateException("An error occurred while saving", DatabaseFaults.DatabaseLocked())));
    }

    [Theory]
    [InlineData("40001")] // serialization_failure
    [InlineData("40P01")] // deadlock_detected
    [InlineData("55P03")] // lock_not_available
    public void A_postgres_lock_or_serialization_error_is_a_lock_wait(string sqlState) =>
        Assert.Equal(FailureKind.LockWait, Failure.Classify(new DbUpdateException("saving", new PostgresException("could not obtain lock", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void Other_database_errors_are_unexpected()
    {
        Assert.Equal(FailureKind.Unexpected, Failure.Classify(new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10)));
        Assert.Equal(FailureKind.Unexpected, Failure.Classify(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.Equal(FailureKind.Unexpected, Failure.Classify(new InvalidOperationException("bug")));
    }

    [Fact]
    public void A_concurrency_exception_is_a_conflict_and_a_refused_role_is_access_denied()
    {
        Assert.Equal(FailureKind.Conflict, Failure.Classify(new DbUpdateConcurrencyException("expected 1 row, 0 affected")));
        Assert.Equal(FailureKind.AccessDenied, Failure.Classify(new AccessDeniedException(TestActors.Leadership, Permission.ImportData)));
    }

    [Fact]
    public void References_are_six_characters_that_cannot_be_misread()
    {
        var references = Enumerable.Range(0, 200).Select(_ => ErrorReference.New()).ToList();

        Assert.All(references, r => Assert.Matches("^[A-HJKMNP-Z2-9]{6}$", r));
        Assert.True(references.Distinct().Count() > 190);
    }
}
