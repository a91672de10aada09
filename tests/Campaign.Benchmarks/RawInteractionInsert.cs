using static Campaign.Benchmarks.PreparedSql;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Campaign.Benchmarks;

/// <summary>
/// The floor for the CSV import's writes: the same rows inserted with plain Microsoft.Data.Sqlite prepared commands
/// in one transaction, on a connection set up as the app sets up its own (same pragmas), storing the same values
/// (enums as text, timestamps in the app's binary encoding) and reading each new id back as the app does.
/// </summary>
public static class RawInteractionInsert
{
    public static async Task<TimeSpan> RunAsync(DatabaseCopy database, IReadOnlyList<InteractionCsvBuilder.Row> rows, int campaignId, string userId, DateTimeOffset now)
    {
        var stamp = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)!;
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync();
        }
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using var interaction = Prepare(connection, transaction,
            "INSERT INTO Interactions (CampaignId, Kind, OccurredAt, Title, Location, Summary, AsksRaised, TheirConcerns, CommitmentsByThem, CommitmentsByUs, " +
            "IsConfidential, PqUin, CreatedById, Version, CreatedAt, UpdatedAt) " +
            "VALUES ($campaign, $kind, $at, $title, $location, $summary, NULL, NULL, NULL, NULL, $secret, NULL, $user, 1, $t, $t) RETURNING Id",
            "$campaign", "$kind", "$at", "$title", "$location", "$summary", "$secret", "$user", "$t");
        using var attendee = Prepare(connection, transaction, "INSERT INTO InteractionAttendees (InteractionId, StakeholderId) VALUES ($i, $v)", "$i", "$v");
        using var staff = Prepare(connection, transaction, "INSERT INTO InteractionStaff (InteractionId, UserId) VALUES ($i, $v)", "$i", "$v");
        using var partner = Prepare(connection, transaction, "INSERT INTO InteractionPartners (InteractionId, OrganisationId) VALUES ($i, $v)", "$i", "$v");
        using var ask = Prepare(connection, transaction, "INSERT INTO InteractionAsks (InteractionId, AskId) VALUES ($i, $v)", "$i", "$v");

        var ids = new long[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            Bind(interaction, campaignId, row.Kind, row.OccurredAt, row.Title, row.Location, row.Summary, row.IsConfidential, userId, stamp);
            ids[r] = (long)(await interaction.ExecuteScalarAsync())!;
        }
        // Links after all interactions, table by table, as the import writes them.
        await LinksAsync(attendee, ids, rows, r => r.Attendees.Cast<object>());
        await LinksAsync(staff, ids, rows, r => r.Staff);
        await LinksAsync(partner, ids, rows, r => r.Partners.Cast<object>());
        await LinksAsync(ask, ids, rows, r => r.Asks.Cast<object>());
        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    private static async Task LinksAsync(SqliteCommand command, long[] ids, IReadOnlyList<InteractionCsvBuilder.Row> rows, Func<InteractionCsvBuilder.Row, IEnumerable<object>> targets)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var target in targets(rows[r]))
            {
                Bind(command, ids[r], target);
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
