using Campaign.Confidentiality;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

internal sealed partial class DashboardQueries
{
    /// <summary>
    /// For each (person, ask) with a position stated in the period: the stance now against the stance held when the
    /// period began. Up and down compare places on the Champion…Opposed scale; from or to Unknown is "newly known".
    /// One pass over the last 90 days' current stances of targeted people answers both periods.
    /// </summary>
    public async Task<Movements> MovementAsync(IReadOnlyList<int> askIds)
    {
        // The counter is read before any row: a write committed in between leaves the kept rows newer than it, never older.
        var stamp = (await PeopleAsync()).Stamp;
        var periods = await memo.Movement.GetAsync(db, campaignId, clearance, $"{Today:yyyy-MM-dd}|{string.Join(',', askIds)}", stamp,
            people => RowsAsync(askIds, people), Periods, cancellationToken);
        var listed = periods.SelectMany(p => p.Up.Take(DashboardService.ListLimit).Concat(p.Down.Take(DashboardService.ListLimit))
                .Concat(p.Newly.Take(DashboardService.ListLimit)))
            .Select(m => m.StakeholderId).Distinct().ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName }).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var asks = await db.Asks.Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        List<MovementEntry> Listed(IEnumerable<Move> moves) => moves.Take(DashboardService.ListLimit)
            .Select(m => new MovementEntry(m.StakeholderId, names[m.StakeholderId], m.AskId, asks[m.AskId], m.From, m.To, m.StatedOn)).ToList();
        var result = periods.Select(p => new Movement(p.Days, Listed(p.Up), Listed(p.Down), Listed(p.Newly), p.Up.Count, p.Down.Count, p.Newly.Count)).ToList();
        return new Movements(result[0], result[1]);
    }

    /// <summary>The rows of the people given (null: everyone).</summary>
    private async Task<List<MoveRow>> RowsAsync(IReadOnlyList<int> askIds, IReadOnlyList<int>? people)
    {
        var today = Today;
        var start30 = today.AddDays(-30);
        var start90 = today.AddDays(-90);
        var current = db.StatedPositions.CurrentFor(clearance).Where(p => askIds.Contains(p.AskId)
            && p.Stakeholder!.Status == MembershipStatus.Current && p.Stakeholder.Kind != StakeholderKind.PartnerContact);
        if (people is not null) current = current.Where(p => people.Contains(p.StakeholderId));
        var history = db.StatedPositions.VisibleTo(clearance);
        // Ids and stances only: names are looked up for the people listed, not for every mover.
        return await current.Where(p => p.StatedOn > start90 && p.StatedOn <= today)
            .Select(p => new MoveRow(p.StakeholderId, p.AskId, p.Stance, p.StatedOn,
                p.StatedOn > start30
                    ? history.Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId && q.StatedOn <= start30)
                        .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id).Select(q => (Stance?)q.Stance).FirstOrDefault()
                    : null,
                history.Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId && q.StatedOn <= start90)
                    .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id).Select(q => (Stance?)q.Stance).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Both periods from the rows: one pass over the last 90 days answers both.</summary>
    private Moves[] Periods(IEnumerable<MoveRow> rows)
    {
        var start30 = Today.AddDays(-30);
        var all = rows.ToList();
        return
        [
            Moves.Of(30, all.Where(r => r.StatedOn > start30).Select(r => new Move(r.StakeholderId, r.AskId, r.Before30, r.Stance, r.StatedOn))),
            Moves.Of(90, all.Select(r => new Move(r.StakeholderId, r.AskId, r.Before90, r.Stance, r.StatedOn))),
        ];
    }
}

internal sealed record Movements(Movement Last30Days, Movement Last90Days);

/// <summary>A person's stance on an ask when the period began (<see cref="From"/>) and now.</summary>
internal sealed record Move(int StakeholderId, int AskId, Stance? From, Stance To, DateOnly StatedOn);

/// <summary>A period's moves split by direction, each most recent first.</summary>
internal sealed record Moves(int Days, List<Move> Up, List<Move> Down, List<Move> Newly)
{
    public static Moves Of(int days, IEnumerable<Move> moves)
    {
        var all = moves.ToList();
        return new Moves(days,
            Recent(all.Where(m => Known(m.From) && Known(m.To) && (int)m.To < (int)m.From!)),
            Recent(all.Where(m => Known(m.From) && Known(m.To) && (int)m.To > (int)m.From!)),
            Recent(all.Where(m => !Known(m.From) && Known(m.To))));
    }

    private static bool Known(Stance? s) => s is not null and not Stance.Unknown;

    private static List<Move> Recent(IEnumerable<Move> moves) =>
        moves.OrderByDescending(m => m.StatedOn).ThenBy(m => m.StakeholderId).ThenBy(m => m.AskId).ToList();
}
