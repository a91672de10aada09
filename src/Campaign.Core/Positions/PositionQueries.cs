using Campaign.Data;

namespace Campaign.Positions;

public static class PositionQueries
{
    /// <summary>
    /// The current stance per (stakeholder, ask): the record with no later one by date stated.
    /// Ties on the same day go to the later-entered record. Entry order never matters otherwise,
    /// so a back-dated record slots into history without becoming "current".
    /// </summary>
    public static IQueryable<StatedPosition> Current(this IQueryable<StatedPosition> positions, CampaignDbContext db) =>
        // One seek to the end of the (StakeholderId, AskId, StatedOn) index per row: the index's last entry, with
        // the row id breaking ties, is the current record. Cheaper than "no later record exists" with an OR.
        positions.Where(p => p.Id == db.StatedPositions
            .Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId)
            .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id)
            .Select(q => q.Id)
            .First());
}
