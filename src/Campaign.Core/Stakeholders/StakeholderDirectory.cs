using Campaign.Confidentiality;
using Campaign.Positions;

namespace Campaign.Stakeholders;

/// <summary>The stakeholder directory: filtered, sorted and paged in SQL, with derived stance and last contact.</summary>
public sealed class StakeholderDirectory(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<StakeholderListItem>> ListAsync(Actor actor, StakeholderListQuery query, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetLocalNow().DateTime;
        var clearance = Clearances.Of(actor);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 0);

        var filtered = Filter(db, query, clearance, now);
        var total = await filtered.CountAsync(cancellationToken);

        var rows = await Sort(filtered, query.SortBy, query.Direction, now, clearance)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(s => new
            {
                s.Id,
                s.DisplayName,
                s.Kind,
                s.Party,
                s.Constituency,
                OrganisationName = s.Organisation != null ? s.Organisation.Name : null,
                s.Priority,
                s.Status,
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var lastContacts = await db.Stakeholders.Where(s => ids.Contains(s.Id)).Select(StakeholderQueries.LastContactOf(now, clearance))
            .ToDictionaryAsync(c => c.StakeholderId, c => c.At, cancellationToken);
        var stances = await db.StatedPositions.CurrentFor(clearance)
            .Where(p => ids.Contains(p.StakeholderId))
            .Select(p => new { p.StakeholderId, Stance = new AskStance(p.AskId, p.Stance, p.StatedOn) })
            .ToListAsync(cancellationToken);
        var stancesByPerson = stances.ToLookup(s => s.StakeholderId, s => s.Stance);

        var items = rows.Select(r => new StakeholderListItem(
            r.Id, r.DisplayName, r.Kind, r.Party, r.Constituency, r.OrganisationName, r.Priority, r.Status,
            lastContacts.GetValueOrDefault(r.Id), stancesByPerson[r.Id].OrderBy(s => s.AskId).ToList())).ToList();
        return new PagedResult<StakeholderListItem>(items, total, page, pageSize);
    }

    /// <summary>
    /// Quick lookup for pickers (attendees, people): names starting with what was typed come first. Indexed
    /// LIKE on a few columns and a small limit keep it fast with thousands of people.
    /// </summary>
    public async Task<IReadOnlyList<StakeholderSuggestion>> SuggestAsync(Actor actor, string? text, int limit = 20, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        if (string.IsNullOrWhiteSpace(text)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var typed = SearchPattern.EscapeLike(text.Trim());
        var starts = typed + "%";
        var contains = "%" + typed + "%";
        var people = db.Stakeholders.AsNoTracking();
        // Starting with the text implies holding it: the index's candidates include every match.
        if (StakeholderNameIndex.Containing(db, text, StakeholderNameIndex.DisplayName, StakeholderNameIndex.FamilyName, StakeholderNameIndex.Constituency) is { } candidates)
            people = people.Where(s => candidates.Contains(s.Id));
        return await people
            .Where(s => EF.Functions.Like(s.DisplayName, contains, SearchPattern.Escape) || EF.Functions.Like(s.FamilyName, starts, SearchPattern.Escape)
                        || EF.Functions.Like(s.Constituency, starts, SearchPattern.Escape))
            .OrderBy(s => EF.Functions.Like(s.FamilyName, starts, SearchPattern.Escape) || EF.Functions.Like(s.GivenName, starts, SearchPattern.Escape) ? 0 : 1)
            .ThenBy(s => s.FamilyName).ThenBy(s => s.GivenName)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(s => new StakeholderSuggestion(s.Id, s.DisplayName, s.Kind, s.Constituency ?? (s.Organisation != null ? s.Organisation.Name : s.Party)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Names for already-chosen ids (a form reopened for editing).</summary>
    public async Task<IReadOnlyList<StakeholderSuggestion>> NamesAsync(Actor actor, IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Stakeholders.AsNoTracking().Where(s => ids.Contains(s.Id))
            .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.Id)
            .Select(s => new StakeholderSuggestion(s.Id, s.DisplayName, s.Kind, s.Constituency ?? (s.Organisation != null ? s.Organisation.Name : s.Party)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Distinct parties present in the directory, for the filter list.</summary>
    public async Task<IReadOnlyList<string>> PartiesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Stakeholders.Where(s => s.Party != null && s.Party != "")
            .Select(s => s.Party!).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> TagsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The directory's filters, shared with the CSV export so an export holds exactly what the list shows.</summary>
    internal static IQueryable<Stakeholder> Filter(CampaignDbContext db, StakeholderListQuery query, Clearance clearance, DateTime? now = null)
    {
        var q = db.Stakeholders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchPattern.Contains(query.Search);
            if (StakeholderNameIndex.Containing(db, query.Search, StakeholderNameIndex.DisplayName, StakeholderNameIndex.FullName,
                    StakeholderNameIndex.Constituency, StakeholderNameIndex.Department) is { } named)
            {
                // Organisations are few: their names are matched directly, and their people found by the foreign key's index.
                var organisations = db.Organisations.Where(o => EF.Functions.Like(o.Name, pattern, SearchPattern.Escape) ||
                    EF.Functions.Like(o.ShortName, pattern, SearchPattern.Escape)).Select(o => (int?)o.Id);
                var candidates = named.Union(db.Stakeholders.Where(s => organisations.Contains(s.OrganisationId)).Select(s => s.Id));
                q = q.Where(s => candidates.Contains(s.Id));
            }
            q = q.Where(s =>
                EF.Functions.Like(s.DisplayName, pattern, SearchPattern.Escape) ||
                EF.Functions.Like(s.GivenName + " " + s.FamilyName, pattern, SearchPattern.Escape) ||
                EF.Functions.Like(s.Constituency, pattern, SearchPattern.Escape) ||
                EF.Functions.Like(s.Department, pattern, SearchPattern.Escape) ||
                (s.Organisation != null && (EF.Functions.Like(s.Organisation.Name, pattern, SearchPattern.Escape) ||
                                            EF.Functions.Like(s.Organisation.ShortName, pattern, SearchPattern.Escape))));
        }
        if (query.Kind is { } kind) q = q.Where(s => s.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Party)) q = q.Where(s => s.Party == query.Party);
        if (query.House is { } house) q = q.Where(s => s.House == house);
        if (query.Priority is { } priority) q = q.Where(s => s.Priority == priority);
        if (query.Status is { } status) q = q.Where(s => s.Status == status);
        if (query.OrganisationId is { } organisationId) q = q.Where(s => s.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(query.Tag)) q = q.Where(s => s.Tags.Any(t => t.Name == query.Tag));
        if (query.StanceAskId is { } askId && query.Stance is { } stances)
        {
            var current = db.StatedPositions.CurrentFor(clearance).Where(p => p.AskId == askId);
            var recorded = stances.Values.Where(s => s != Stance.Unknown).ToList();
            // Nobody recorded yet counts as Unknown: that is what the directory shows for them.
            if (stances.Contains(Stance.Unknown))
                q = q.Where(s => !current.Any(p => p.StakeholderId == s.Id && p.Stance != Stance.Unknown)
                    || current.Any(p => p.StakeholderId == s.Id && recorded.Contains(p.Stance)));
            else
                q = q.Where(s => current.Any(p => p.StakeholderId == s.Id && recorded.Contains(p.Stance)));
        }
        if (query.NotContactedInDays is { } days && days >= 0)
        {
            var today = now ?? DateTime.Now;
            // Quiet means no contact (in the reader's view) between the cut-off and now; planned meetings do not count.
            var contacted = db.Stakeholders.ContactedBetween(today.AddDays(-days), today, clearance).Select(s => s.Id);
            q = q.Where(s => !contacted.Contains(s.Id));
        }
        return q;
    }

    private static IQueryable<Stakeholder> Sort(IQueryable<Stakeholder> q, StakeholderSort sort, SortOrder direction, DateTime now, Clearance clearance)
    {
        var descending = direction == SortOrder.Descending;
        // Empty values (no party, never contacted) sort first ascending and last descending. That is SQLite's order
        // for NULL, but PostgreSQL's is the reverse, so nullable keys are coalesced to the lowest value.
        IOrderedQueryable<Stakeholder> ordered = sort switch
        {
            StakeholderSort.Kind => descending ? q.OrderByDescending(s => s.Kind) : q.OrderBy(s => s.Kind),
            StakeholderSort.Party => descending ? q.OrderByDescending(s => s.Party ?? "") : q.OrderBy(s => s.Party ?? ""),
            StakeholderSort.Priority => descending ? q.OrderByDescending(s => s.Priority) : q.OrderBy(s => s.Priority),
            StakeholderSort.Organisation => descending
                ? q.OrderByDescending(s => s.Organisation!.Name ?? "")
                : q.OrderBy(s => s.Organisation!.Name ?? ""),
            StakeholderSort.LastContacted => descending
                ? q.OrderByDescending(StakeholderQueries.LastContactedForSorting(now, clearance))
                : q.OrderBy(StakeholderQueries.LastContactedForSorting(now, clearance)),
            _ => descending ? q.OrderByDescending(s => s.FamilyName).ThenByDescending(s => s.GivenName)
                            : q.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName),
        };
        // A stable tie-breaker keeps paging deterministic.
        return ordered.ThenBy(s => s.FamilyName).ThenBy(s => s.Id);
    }
}
