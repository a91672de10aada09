using System.Text.Json;
using Campaign.Auditing;

namespace Campaign.Importing;

/// <summary>
/// Records a committed import: the <see cref="ImportBatch"/> row and ONE audit entry naming the file, the counts
/// and the user, in the import's transaction. A bulk import deliberately writes no audit entry per row (100,000
/// entries would dwarf the data and make the import many times slower); the batch entry is the audit record.
/// </summary>
internal static class ImportLog
{
    public static async Task<ImportBatch> RecordAsync(CampaignDbContext db, Actor actor, ImportBatch batch, CancellationToken cancellationToken)
    {
        batch.UserId = actor.UserId;
        batch.UserName = actor.Name;
        // Written directly so the context's automatic audit does not add a second, "Created" entry for the batch.
        await using (var writer = await BulkWriter.InsertAsync<ImportBatch>(db, cancellationToken))
            await writer.WriteAsync(batch, cancellationToken);

        var changes = new Dictionary<string, object?>
        {
            ["Kind"] = batch.Kind.ToString(),
            ["File"] = batch.FileName,
            ["Rows"] = batch.Rows,
            ["Created"] = batch.Created,
            ["Updated"] = batch.Updated,
            ["Skipped"] = batch.Skipped,
        };
        db.AuditEntries.Add(new AuditEntry
        {
            At = batch.At,
            UserId = actor.UserId,
            UserName = actor.Name,
            EntityType = nameof(ImportBatch),
            EntityId = batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = AuditAction.Imported,
            // Same shape as every other entry (field: before/after) so the audit page reads it.
            Changes = JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => new { before = (object?)null, after = c.Value })),
        });
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}
