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
        positions.Where(p => !db.StatedPositions.Any(later =>
            later.StakeholderId == p.StakeholderId &&
            later.AskId == p.AskId &&
            (later.StatedOn > p.StatedOn || (later.StatedOn == p.StatedOn && later.Id > p.Id))));
}
