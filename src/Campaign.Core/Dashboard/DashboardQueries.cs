using System.Globalization;
using Campaign.Campaigns;
using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

/// <summary>
/// The dashboard's reads for one campaign, reader and moment: one method per number or chart. Those that count across
/// all the people read the people kept in <paramref name="memo"/>, or results kept there (see <see cref="DashboardMemo"/>).
/// </summary>
internal sealed partial class DashboardQueries(
    CampaignDbContext db, int campaignId, Clearance clearance, DateTime now, DashboardMemo memo, CancellationToken cancellationToken)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(now);

    /// <summary>Windows ending now ("the last 90 days") are kept for the minute: a contact made a minute ago is counted the next.</summary>
    private string Minute => now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A kept part's key: the moment its window starts from and the people counter the kept people were read at.</summary>
    private async Task<string> PeopleKeyAsync(string moment) => $"{moment}|{(await PeopleAsync()).Stamp}";

    private async Task<T> KeptAsync<T>(string part, string key, Func<Task<T>> compute) =>
        await memo.GetAsync(campaignId, clearance, part, key, compute);

    private IQueryable<Stakeholder> Targeted => db.Stakeholders.Targeted();

    public Task<CampaignHeading?> CampaignAsync() => db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
        .Select(c => new CampaignHeading(c.Id, c.Name, c.Goal)).SingleOrDefaultAsync(cancellationToken);

    public Task<List<AskHeading>> AsksAsync() => db.Asks.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.SortOrder)
        .Select(a => new AskHeading(a.Id, a.Code, a.Title)).ToListAsync(cancellationToken);

    /// <summary>The kept people, read once per dashboard.</summary>
    private async Task<PeopleSnapshot> PeopleAsync() => _people ??= await memo.People.CurrentAsync(db, cancellationToken);

    private PeopleSnapshot? _people;

    /// <summary>
    /// Targets contacted in the last 90 days, counted in the kept people; those whose latest contact is still to come are
    /// looked up in the history (a handful: had they a contact in the window before it?). Kept for the minute, or until a
    /// counted detail of someone changes: a pass over every targeted person is not worth making on each visit.
    /// </summary>
    public async Task<int> EngagedAsync() => await KeptAsync("engaged", await PeopleKeyAsync(Minute), CountEngagedAsync);

    private async Task<int> CountEngagedAsync()
    {
        var since = now.AddDays(-90);
        var past = 0;
        List<int> planned = [];
        foreach (var person in (await PeopleAsync()).People)
        {
            var at = person.LatestContactFor(clearance);
            if (at > now) planned.Add(person.Id);
            else if (at >= since) past++;
        }
        return past + (planned.Count == 0 ? 0
            : await db.Stakeholders.Where(s => planned.Contains(s.Id)).ContactedBetween(since, now, clearance).CountAsync(cancellationToken));
    }

    /// <summary>Null for readers who may not see follow-ups.</summary>
    public async Task<int?> OverdueFollowUpsAsync() => clearance.SeesFollowUps()
        ? await KeptAsync("overdue", await PeopleKeyAsync($"{Today:yyyy-MM-dd}"),
            () => db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open && f.DueOn < Today, cancellationToken))
        : null;

    /// <summary>The trigger-kept tally of current stances by ask, kind, party and stance.</summary>
    public Task<List<TallyRow>> StanceTalliesAsync(IReadOnlyList<int> askIds) => db.StanceTallies.For(clearance)
        .Where(t => askIds.Contains(t.AskId) && t.Status == MembershipStatus.Current && t.Kind != StakeholderKind.PartnerContact && t.Count > 0)
        .Select(t => new TallyRow(t.AskId, t.Kind, t.Party, t.Stance, t.Count)).ToListAsync(cancellationToken);

    public async Task<List<HeadCount>> HeadCountsAsync() => (await PeopleAsync()).HeadCounts;

    public Task<List<MilestoneView>> MilestonesAsync() => db.Milestones.AsNoTracking().Where(m => m.CampaignId == campaignId).OrderBy(m => m.SortOrder)
        .Select(m => new MilestoneView(m.Id, m.Title, m.TargetDate, m.CompletedOn, m.Status, m.Evidence)).ToListAsync(cancellationToken);

    /// <summary>
    /// The most influential and interested priority-A targets, plotted one by one (everyone is counted in a cell): chosen
    /// from the kept people, the most influential first, then the most interested, then the longest known. Their places
    /// and stances are kept until the people counter moves; their names are read on every visit.
    /// </summary>
    public async Task<List<GridPerson>> PowerInterestAsync()
    {
        var plotted = await KeptAsync("grid", await PeopleKeyAsync("grid"), PlotAsync);
        var ids = plotted.Select(p => p.Id).ToList();
        var names = await db.Stakeholders.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName })
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return plotted.Where(p => names.ContainsKey(p.Id))
            .Select(p => new GridPerson(p.Id, names[p.Id], p.Influence, p.Interest, p.Stances)).ToList();
    }

    private async Task<List<PlottedPerson>> PlotAsync()
    {
        var first = new FirstOf<CountedPerson>(DashboardService.ListLimit * 4, MostInfluentialFirst);
        foreach (var person in (await PeopleAsync()).People)
            if (person.Priority == PriorityTier.A) first.Offer(person);
        var people = first.InOrder();
        var ids = people.Select(p => p.Id).ToList();
        var stances = (await db.StatedPositions.CurrentFor(clearance).Where(p => ids.Contains(p.StakeholderId)).OrderBy(p => p.AskId)
                .Select(p => new { p.StakeholderId, p.AskId, p.Stance }).ToListAsync(cancellationToken))
            .ToLookup(p => p.StakeholderId);
        return people.Select(p => new PlottedPerson(p.Id, p.Influence, p.Interest,
            stances[p.Id].ToDictionary(s => s.AskId, s => s.Stance))).ToList();
    }

    private static readonly IComparer<CountedPerson> MostInfluentialFirst = Comparer<CountedPerson>.Create((a, b) =>
        b.Influence.CompareTo(a.Influence) is var byInfluence and not 0 ? byInfluence
        : b.Interest.CompareTo(a.Interest) is var byInterest and not 0 ? byInterest
        : a.Id.CompareTo(b.Id));

    private sealed record PlottedPerson(int Id, int Influence, int Interest, IReadOnlyDictionary<int, Stance> Stances);
}

internal sealed record CampaignHeading(int Id, string Name, string? Goal);

internal sealed record AskHeading(int Id, string Code, string Title);

/// <summary>How many targeted people hold one stance on one ask, by kind and party.</summary>
internal sealed record TallyRow(int AskId, StakeholderKind Kind, string Party, Stance Stance, int Count);

/// <summary>Targeted people of one kind, party, influence and interest.</summary>
internal sealed record HeadCount(StakeholderKind Kind, string? Party, int Influence, int Interest, int Count);
