using System.Data.Common;
using Campaign.Confidentiality;

namespace Campaign.Search;

/// <summary>
/// Full-text search over people, organisations and interactions (FTS5 on SQLite, tsvector on PostgreSQL; see <see cref="SearchIndex"/>).
/// What a reader may see is decided inside the SQL, so hidden text gives no hits, counts, snippets or change of ranking.
/// </summary>
public sealed class SearchService(IDbContextFactory<CampaignDbContext> contexts)
{
    public const int DefaultTake = 10;
    public const int MaxTake = 100;

    /// <summary>
    /// Counting and ranking stop here ("more than" this): scoring every match of a common word costs more than the whole
    /// search budget, and thousands of near-equal scores tell the reader nothing.
    /// </summary>
    public const int CountLimit = 1000;

    /// <param name="query">Plain words as typed; every word must match, as a prefix. No character is special.</param>
    /// <param name="take">How many hits of each kind to return (the counts cover all of them).</param>
    /// <param name="only">One kind only (e.g. for "show more"); the others come back empty.</param>
    public async Task<SearchResults> SearchAsync(
        Actor actor, string? query, int take = DefaultTake, SearchGroupKind? only = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var text = FtsQuery.Normalise(query);
        var words = FtsQuery.Words(text);
        if (words.Count == 0) return SearchResults.Empty(text);
        var search = new Search(text, FtsQuery.Exact(text), Snippets.Terms(words), Math.Clamp(take, 1, MaxTake), Clearances.Of(actor));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var people = only is null or SearchGroupKind.People
            ? await PeopleAsync(db, search, await search.RankAsync(db, SearchIndex.People, cancellationToken), cancellationToken)
            : SearchGroup<PersonHit>.None;
        var organisations = only is null or SearchGroupKind.Organisations
            ? await OrganisationsAsync(db, search, await search.RankAsync(db, SearchIndex.Organisations, cancellationToken), cancellationToken)
            : SearchGroup<OrganisationHit>.None;
        var interactions = only is null or SearchGroupKind.Interactions
            ? await InteractionsAsync(db, search, await search.RankAsync(db, SearchIndex.Interactions, cancellationToken), cancellationToken)
            : SearchGroup<InteractionHit>.None;
        return new SearchResults(text, people, organisations, interactions);
    }

    private static async Task<SearchGroup<PersonHit>> PeopleAsync(CampaignDbContext db, Search search, Ranking ranking, CancellationToken cancellationToken)
    {
        var notes = search.Clearance.SeesInternalNotes();
        var rows = await db.Stakeholders.AsNoTracking().Where(s => ranking.Ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.DisplayName, s.Kind, s.Party, s.Constituency, s.Role, s.Department, s.Peerage, s.Email,
                Organisation = s.Organisation != null ? s.Organisation.Name : null,
                Notes = notes ? s.Notes : null,
            })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var hits = ranking.Ids.Where(rows.ContainsKey).Select(id => rows[id])
            .Select(s => new PersonHit(s.Id, search.Highlight(s.DisplayName), s.Kind,
                // The organisation's name is not in the people index, so it is never marked as a match.
                new[] { s.Party, s.Constituency, s.Role }.OfType<string>().Select(search.Highlight)
                    .Concat(s.Organisation is null ? [] : [MarkedText.Unmarked(s.Organisation)]).ToList(),
                search.Snippet(s.Department, s.Peerage, s.Email, s.Notes)))
            .ToList();
        return new SearchGroup<PersonHit>(ranking.Count, hits, ranking.IsCapped);
    }

    private static async Task<SearchGroup<OrganisationHit>> OrganisationsAsync(CampaignDbContext db, Search search, Ranking ranking, CancellationToken cancellationToken)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => ranking.Ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.ShortName, o.Kind, o.Notes })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var hits = ranking.Ids.Where(rows.ContainsKey).Select(id => rows[id])
            .Select(o => new OrganisationHit(o.Id, search.Highlight(ShortNameShown(o.Name, o.ShortName) ? $"{o.Name} ({o.ShortName})" : o.Name), o.Kind,
                search.Snippet(o.Notes)))
            .ToList();
        return new SearchGroup<OrganisationHit>(ranking.Count, hits, ranking.IsCapped);
    }

    private static async Task<SearchGroup<InteractionHit>> InteractionsAsync(CampaignDbContext db, Search search, Ranking ranking, CancellationToken cancellationToken)
    {
        var notes = search.Clearance.SeesInternalNotes();
        // The ranking already left out what this reader may not see; the filter and the notes are checked again here
        // so that the text a snippet is cut from can only be text they may read.
        var rows = await db.Interactions.AsNoTracking().VisibleTo(search.Clearance).Where(i => ranking.Ids.Contains(i.Id))
            .Select(i => new
            {
                i.Id, i.Title, i.Kind, i.OccurredAt, i.IsConfidential, i.Summary, i.Location, i.PqUin,
                AsksRaised = notes ? i.AsksRaised : null,
                TheirConcerns = notes ? i.TheirConcerns : null,
                CommitmentsByThem = notes ? i.CommitmentsByThem : null,
                CommitmentsByUs = notes ? i.CommitmentsByUs : null,
                Attendees = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).Select(a => a.Stakeholder!.DisplayName).ToList(),
            })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var hits = ranking.Ids.Where(rows.ContainsKey).Select(id => rows[id])
            .Select(i => new InteractionHit(i.Id, search.Highlight(i.Title), i.Kind, i.OccurredAt, i.IsConfidential, i.Attendees,
                search.Snippet(i.Summary, i.Location, i.PqUin, i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs)))
            .ToList();
        return new SearchGroup<InteractionHit>(ranking.Count, hits, ranking.IsCapped);
    }

    private static bool ShortNameShown(string name, string? shortName) =>
        !string.IsNullOrWhiteSpace(shortName) && !shortName.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Which ids to show, best first, and how many matched (up to <see cref="CountLimit"/>).</summary>
    private sealed record Ranking(int Count, bool IsCapped, IReadOnlyList<int> Ids);

    private sealed record Search(string Text, string Exact, IReadOnlyList<string> Terms, int Take, Clearance Clearance)
    {
        public MarkedText Highlight(string text) => Snippets.Highlight(text, Terms);

        public MarkedText? Snippet(params string?[] fields) => Snippets.Best(fields, Terms);

        /// <summary>
        /// Probes whole words first, as FTS5 reads them lazily but expands a prefix over every row it matches: if they pass
        /// the limit, so would the prefixes, and the newest are the hits. Otherwise the prefix matches are found and ranked.
        /// </summary>
        public async Task<Ranking> RankAsync(CampaignDbContext db, SearchIndex index, CancellationToken cancellationToken)
        {
            if (db.Database.IsNpgsql()) return await RankOnPostgresAsync(db, index, cancellationToken);
            var sql = index.For(Clearance);
            var probe = await ReadAsync(db, sql.NewestSql, FtsQuery.Build(Text, sql.Columns, prefix: false)!, cancellationToken);
            if (probe.Count > CountLimit)
            {
                // OrderBy is stable: within each tier the rows keep their newest-first order.
                return new Ranking(CountLimit, true, probe.Take(CountLimit).OrderBy(w => w.Tier).Take(Take).Select(w => w.Id).ToList());
            }
            var ranked = await ReadAsync(db, sql.RankedSql, FtsQuery.Build(Text, sql.Columns)!, cancellationToken);
            return new Ranking(Math.Min(ranked.Count, CountLimit), ranked.Count > CountLimit, ranked.Take(Take).Select(w => w.Id).ToList());
        }

        /// <summary>
        /// PostgreSQL: one ranked pass, newest first up to the limit; GIN finds a prefix's rows in one go, so needs no probe.
        /// </summary>
        private async Task<Ranking> RankOnPostgresAsync(CampaignDbContext db, SearchIndex index, CancellationToken cancellationToken)
        {
            var query = TsQuery.Build(Text);
            if (query is null) return new Ranking(0, false, []);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Clearance == Clearance.Staff ? index.PostgresStaffSql : index.PostgresPublicSql;
            Add(command, "query", query);
            Add(command, "exact", Exact);
            Add(command, "limit", CountLimit + 1);
            var ranked = await ReadRowsAsync(command, cancellationToken);
            return new Ranking(Math.Min(ranked.Count, CountLimit), ranked.Count > CountLimit, ranked.Take(Take).Select(w => w.Id).ToList());
        }

        private async Task<List<(int Id, int Tier)>> ReadAsync(CampaignDbContext db, string sql, string match, CancellationToken cancellationToken)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "$match", match);
            Add(command, "$exact", Exact);
            Add(command, "$limit", CountLimit + 1);
            return await ReadRowsAsync(command, cancellationToken);
        }

        private static async Task<List<(int Id, int Tier)>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
        {
            var rows = new List<(int, int)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) rows.Add((reader.GetInt32(0), reader.GetInt32(1)));
            return rows;
        }

        private static void Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
