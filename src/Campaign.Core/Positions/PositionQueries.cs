namespace Campaign.Positions;

public static class PositionQueries
{
    /// <summary>
    /// The current stance per (stakeholder, ask): the record with no later one by date stated, ties on the same day
    /// going to the later-entered record, so a back-dated record slots into history without becoming "current".
    /// The flag is kept by database triggers (see Data.DerivedDataSql) and a partial index holds just those rows.
    /// </summary>
    public static IQueryable<StatedPosition> Current(this IQueryable<StatedPosition> positions) =>
        positions.Where(p => p.IsCurrent);
}
