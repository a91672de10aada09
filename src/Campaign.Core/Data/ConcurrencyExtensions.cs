using Microsoft.EntityFrameworkCore.Query;

namespace Campaign.Data;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes this save conditional on the version the editor loaded, and always bumps it: a change that touches
    /// only linked rows (tags, attendees) still counts as a new version of the record.
    /// </summary>
    public static void ExpectVersion<T>(this CampaignDbContext db, T entity, long loadedVersion) where T : class, IVersioned
    {
        var version = db.Entry(entity).Property(e => e.Version);
        version.OriginalValue = loadedVersion;
        version.IsModified = true;
    }

    /// <summary>
    /// For <c>ExecuteUpdate</c>: a bulk change is a new version too, so an editor holding the old one must reload.
    /// SQLite's version is counted here; PostgreSQL's xmin moves with any UPDATE by itself (and cannot be assigned).
    /// </summary>
    public static UpdateSettersBuilder<T> BumpVersion<T>(this UpdateSettersBuilder<T> setters, CampaignDbContext db) where T : class, IVersioned
    {
        if (!db.DatabaseGeneratesVersions) setters.SetProperty(e => e.Version, e => e.Version + 1);
        return setters;
    }

    /// <summary>Saves an edit; a newer save that landed first (the version no longer matches) is a conflict, not an error.</summary>
    public static Task<SaveResult> SaveEditAsync(this CampaignDbContext db, int id, CancellationToken cancellationToken) =>
        db.SaveCheckedAsync(() => id, () => Task.FromResult(SaveResult.Conflict()), cancellationToken);

    /// <summary>
    /// Saves a new record or an edit. A newer save that landed first is a conflict; a unique index refusing the write
    /// (someone saved the same name after this one was validated) is answered by <paramref name="validateAgain"/>.
    /// </summary>
    public static async Task<SaveResult> SaveCheckedAsync(
        this CampaignDbContext db, Func<int> savedId, Func<Task<SaveResult>> validateAgain, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved(savedId());
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict();
        }
        catch (DbUpdateException ex) when (UniqueIndexClash.Is(ex))
        {
            return await validateAgain();
        }
    }
}
