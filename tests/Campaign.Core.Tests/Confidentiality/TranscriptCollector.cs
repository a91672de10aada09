using System.Text;
using Campaign.Campaigns;
using Campaign.Common;
using Campaign.Dashboard;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Importing.Parliament;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Search;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// Asks every question a coalition member may put to the app (every service call that demands only
/// <see cref="Permission.ViewDirectory"/>), with every filter, sort and page, and records the answers.
/// Run for a coalition member on the real database and for an admin on the stripped copy: the two must match.
/// </summary>
internal sealed class TranscriptCollector(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock, Actor actor, TranscriptInputs inputs)
{
    private Transcript _transcript = null!;

    /// <summary>Every kind of question, in order; <paramref name="only"/> limits them to some kinds (by label group).</summary>
    public async Task<Transcript> CollectAsync(string name, params string[] only)
    {
        _transcript = new Transcript(name);
        var sections = new (string Group, Func<Task> Ask)[]
        {
            ("campaigns", CampaignsAsync), ("dashboard", DashboardAsync), ("directory", DirectoryAsync), ("profile", ProfilesAsync),
            ("interaction", InteractionsAsync), ("organisation", OrganisationsAsync), ("search", SearchAsync),
            ("staff", async () => _transcript.Add("staff: list", await new StaffDirectory(contexts).ListAsync(actor))),
        };
        foreach (var (group, ask) in sections.Where(s => only.Length == 0 || only.Contains(s.Group)))
            await ask();
        return _transcript;
    }

    private async Task CampaignsAsync()
    {
        var campaigns = new CampaignService(contexts);
        _transcript.Add("campaigns: list", await campaigns.ListAsync(actor));
        _transcript.Add("campaigns: asks", await campaigns.AsksAsync(actor));
        foreach (var id in inputs.CampaignIds)
        {
            _transcript.Add($"campaigns: {id}", await campaigns.GetAsync(actor, id));
            _transcript.Add($"campaigns: asks of {id}", await campaigns.AsksAsync(actor, id));
        }
    }

    private async Task DashboardAsync()
    {
        var dashboard = new DashboardService(contexts, clock);
        _transcript.Add("dashboard: changes in Parliament", await new MemberEventService(contexts, clock).ForDashboardAsync(actor));
        foreach (var id in inputs.CampaignIds)
        {
            var data = await dashboard.GetAsync(actor, id);
            // Normalisation: a staff-only tile. Coalition members get null; staff on the copy get 0 (no follow-ups left).
            data = data is null ? null : data with { OverdueFollowUps = null };
            _transcript.Add($"dashboard: {id}", data);
            if (data is null) continue;
            foreach (var chart in DashboardCsv.Charts)
                _transcript.AddText($"dashboard: {id} {chart}.csv", Encoding.UTF8.GetString(DashboardCsv.ToBytes(data, chart)!));
        }
    }

    private async Task DirectoryAsync()
    {
        var directory = new StakeholderDirectory(contexts, clock);
        var queries = new List<(string, StakeholderListQuery)> { ("default", new StakeholderListQuery()) };
        foreach (var sort in Enum.GetValues<StakeholderSort>())
        foreach (var direction in Enum.GetValues<SortOrder>())
            queries.Add(($"sort {sort} {direction}", new StakeholderListQuery { SortBy = sort, Direction = direction }));
        queries.AddRange(Enum.GetValues<StakeholderKind>().Select(k => ($"kind {k}", new StakeholderListQuery { Kind = k, SortBy = StakeholderSort.LastContacted })));
        queries.AddRange(inputs.Parties.Select(p => ($"party {p}", new StakeholderListQuery { Party = p })));
        queries.AddRange(Enum.GetValues<House>().Select(h => ($"house {h}", new StakeholderListQuery { House = h })));
        queries.AddRange(Enum.GetValues<PriorityTier>().Select(p => ($"priority {p}", new StakeholderListQuery { Priority = p, SortBy = StakeholderSort.LastContacted })));
        queries.AddRange(Enum.GetValues<MembershipStatus>().Select(s => ($"status {s}", new StakeholderListQuery { Status = s })));
        queries.AddRange(inputs.Tags.Select(t => ($"tag {t}", new StakeholderListQuery { Tag = t })));
        queries.AddRange(inputs.OrganisationIds.Select(o => ($"organisation {o}", new StakeholderListQuery { OrganisationId = o })));
        foreach (var ask in inputs.AskIds)
        foreach (var stance in Enum.GetValues<Stance>())
            queries.Add(($"ask {ask} stance {stance}", new StakeholderListQuery { StanceAskId = ask, Stance = stance }));
        queries.AddRange(inputs.Words.Select(w => ($"search \"{w}\"", new StakeholderListQuery { Search = w })));

        foreach (var (label, query) in queries)
            await AllPagesAsync($"directory: {label}", page => directory.ListAsync(actor, query with { Page = page }));

        _transcript.Add("directory: parties", await directory.PartiesAsync(actor));
        _transcript.Add("directory: tags", await directory.TagsAsync(actor));
        _transcript.Add("directory: names", await directory.NamesAsync(actor, inputs.StakeholderIds));
        foreach (var word in inputs.Words)
            _transcript.Add($"directory: suggest \"{word}\"", await directory.SuggestAsync(actor, word, 50));
    }

    private async Task ProfilesAsync()
    {
        var stakeholders = new StakeholderService(contexts, clock);
        var positions = new PositionService(contexts, clock);
        var memberEvents = new MemberEventService(contexts, clock);
        var parliament = new Campaign.Monitoring.MonitorInbox(contexts, positions, clock);
        foreach (var id in inputs.StakeholderIds)
        {
            // The profile serialises with its derived current positions and timeline (Timeline.For(profile)).
            _transcript.Add($"profile: {id}", await stakeholders.GetProfileAsync(actor, id));
            _transcript.Add($"profile: {id} changes in Parliament", await memberEvents.ForStakeholderAsync(actor, id));
            _transcript.Add($"profile: {id} in Parliament", await parliament.EvidenceForAsync(actor, id));
            foreach (var ask in inputs.AskIds)
                _transcript.Add($"profile: {id} history of ask {ask}", await positions.HistoryAsync(actor, id, ask));
        }
    }

    private async Task InteractionsAsync()
    {
        var interactions = new InteractionService(contexts);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var queries = new List<(string, InteractionListQuery)>
        {
            ("default", new InteractionListQuery()),
            ("last 30 days", new InteractionListQuery { From = today.AddDays(-30), To = today }),
            ("this month", new InteractionListQuery { From = new DateOnly(today.Year, today.Month, 1), To = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1) }),
            ("planned", new InteractionListQuery { From = today.AddDays(1) }),
        };
        queries.AddRange(Enum.GetValues<InteractionKind>().Select(k => ($"kind {k}", new InteractionListQuery { Kind = k })));
        queries.AddRange(inputs.AskIds.Select(a => ($"ask {a}", new InteractionListQuery { AskId = a })));
        queries.AddRange(inputs.OrganisationIds.Select(o => ($"partner {o}", new InteractionListQuery { PartnerOrganisationId = o })));
        queries.AddRange(inputs.StakeholderIds.Select(s => ($"stakeholder {s}", new InteractionListQuery { StakeholderId = s })));
        queries.AddRange(inputs.UserIds.Select(u => ($"staff {u}", new InteractionListQuery { StaffUserId = u })));
        queries.AddRange(inputs.Words.Select(w => ($"search \"{w}\"", new InteractionListQuery { Search = w })));
        foreach (var (label, query) in queries)
            await AllPagesAsync($"interactions: {label}", page => interactions.ListAsync(actor, query with { Page = page }));

        foreach (var id in inputs.InteractionIds)
        {
            var detail = await interactions.GetAsync(actor, id);
            _transcript.Add($"interaction: {id}", detail);
        }
    }

    private async Task OrganisationsAsync()
    {
        var organisations = new OrganisationService(contexts);
        await AllPagesAsync("organisations: all", page => organisations.ListAsync(actor, null, null, page, 50));
        foreach (var kind in Enum.GetValues<OrganisationKind>())
            await AllPagesAsync($"organisations: kind {kind}", page => organisations.ListAsync(actor, null, kind, page, 50));
        foreach (var word in inputs.Words)
            await AllPagesAsync($"organisations: search \"{word}\"", page => organisations.ListAsync(actor, word, null, page, 50));
        _transcript.Add("organisations: picker", await organisations.AllAsync(actor));
        foreach (var id in inputs.OrganisationIds)
            _transcript.Add($"organisation: {id}", await organisations.GetProfileAsync(actor, id));
    }

    private async Task SearchAsync()
    {
        var search = new SearchService(contexts);
        // Every canary on its own: the full-text index is the one place a hidden word could be looked up directly.
        foreach (var word in inputs.Words.Concat(inputs.Canaries))
        {
            var results = await search.SearchAsync(actor, word, SearchService.MaxTake);
            // Normalisation: Query echoes the words typed (already in the label); a canary search would otherwise
            // "find" its own word there.
            _transcript.Add($"search: \"{word}\"", results with { Query = "" });
        }
    }

    /// <summary>Every page of a paged list, as many as the list says it has (a wrong count shows as a missing or extra page).</summary>
    private async Task AllPagesAsync<T>(string label, Func<int, Task<PagedResult<T>>> read)
    {
        for (var page = 0; ; page++)
        {
            var result = await read(page);
            _transcript.Add($"{label} page {page}", result);
            if (page + 1 >= result.PageCount) return;
        }
    }
}
