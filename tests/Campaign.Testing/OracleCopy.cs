using Microsoft.EntityFrameworkCore;

namespace Campaign.Testing;

/// <summary>
/// The oracle of the coalition view: a copy of the database with every hidden thing deleted. What a coalition member
/// gets from the real database must equal what a staff member gets from this copy (issue 15).
/// </summary>
public static class OracleCopy
{
    /// <summary>A stripped copy of <paramref name="database"/>; the original is left as it is.</summary>
    public static async Task<TestDatabase> CreateAsync(TestDatabase database, IReadOnlyCollection<int> hiddenPositionIds)
    {
        var copy = await database.CopyAsync();
        await StripAsync(copy, hiddenPositionIds);
        return copy;
    }

    /// <summary>
    /// The rule, as data: delete every confidential interaction, every position recorded from one (the ids are
    /// remembered because deleting or editing the interaction clears or hides the link), every follow-up, and clear
    /// the internal notes; and the flags members imports raise. Raw SQL in one transaction, so the database's own triggers keep the derived data (current
    /// stance, last contact, monthly counts, search index) in step, exactly as for any other write.
    /// </summary>
    public static async Task StripAsync(TestDatabase copy, IReadOnlyCollection<int> hiddenPositionIds)
    {
        // Ids are ints from the test itself: inlining them is safe and keeps the SQL the same on both providers.
        var hidden = hiddenPositionIds.Count == 0 ? "NULL" : string.Join(",", hiddenPositionIds);
        await using var db = copy.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Positions first: deleting their interaction would set the link to NULL and lose which ones they were.
        // (When positions can be marked confidential by hand, add: OR "IsConfidential".)
        var positions = """DELETE FROM "StatedPositions" WHERE "Id" IN (""" + hidden
            + """) OR "InteractionId" IN (SELECT "Id" FROM "Interactions" WHERE "IsConfidential")""";
        // The monitor's items are staff triage, but for those recorded as evidence by a position the coalition may see.
        var hiddenPositions = positions[(positions.IndexOf("WHERE", StringComparison.Ordinal) + 6)..];
        var monitorItems = """DELETE FROM "MonitorItems" WHERE "Status" <> 'Evidence' OR "StatedPositionId" IS NULL """
            + """OR "StatedPositionId" IN (SELECT "Id" FROM "StatedPositions" WHERE """ + hiddenPositions + ")";
        await db.Database.ExecuteSqlRawAsync(monitorItems);
        await db.Database.ExecuteSqlRawAsync(positions);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "FollowUps" """);
        // Flags from members imports are staff triage like follow-ups (Clearances.SeesMemberEvents).
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "MemberEvents" """);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Interactions" WHERE "IsConfidential" """);
        await db.Database.ExecuteSqlRawAsync("""UPDATE "Stakeholders" SET "Notes" = NULL WHERE "Notes" IS NOT NULL""");
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "Interactions" SET "AsksRaised" = NULL, "TheirConcerns" = NULL, "CommitmentsByThem" = NULL, "CommitmentsByUs" = NULL
            WHERE "AsksRaised" IS NOT NULL OR "TheirConcerns" IS NOT NULL OR "CommitmentsByThem" IS NOT NULL OR "CommitmentsByUs" IS NOT NULL
            """);
        await transaction.CommitAsync();
    }
}
