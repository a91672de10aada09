using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Stakeholders;

namespace Campaign.Search;

public enum SearchGroupKind
{
    People,
    Organisations,
    Interactions,
}

/// <summary>What the search found, by kind: each with how many match in all and the best few.</summary>
public sealed record SearchResults(
    string Query, SearchGroup<PersonHit> People, SearchGroup<OrganisationHit> Organisations, SearchGroup<InteractionHit> Interactions)
{
    public static SearchResults Empty(string query) => new(query, SearchGroup<PersonHit>.None, SearchGroup<OrganisationHit>.None, SearchGroup<InteractionHit>.None);

    public int TotalCount => People.Count + Organisations.Count + Interactions.Count;
}

/// <param name="Count">How many match; when <paramref name="IsCapped"/>, more than this many (see <see cref="SearchService.CountLimit"/>).</param>
public sealed record SearchGroup<T>(int Count, IReadOnlyList<T> Hits, bool IsCapped = false)
{
    public static readonly SearchGroup<T> None = new(0, []);

    public bool HasMore => IsCapped || Count > Hits.Count;
}

/// <param name="Name">The display name with the matched words marked.</param>
/// <param name="Details">Party, constituency, role and organisation, those they have, matched words marked.</param>
/// <param name="Snippet">A few words from a field not shown otherwise (department, peerage, email, notes) that matched; or null.</param>
public sealed record PersonHit(int Id, MarkedText Name, StakeholderKind Kind, IReadOnlyList<MarkedText> Details, MarkedText? Snippet);

/// <param name="Name">The name, with the short name in brackets, matched words marked.</param>
public sealed record OrganisationHit(int Id, MarkedText Name, OrganisationKind Kind, MarkedText? Snippet);

public sealed record InteractionHit(
    int Id, MarkedText Title, InteractionKind Kind, DateTime OccurredAt, bool IsConfidential, IReadOnlyList<string> Attendees, MarkedText? Snippet);
