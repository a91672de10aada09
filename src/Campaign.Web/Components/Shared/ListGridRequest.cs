using Campaign.Common;

namespace Campaign.Web.Components.Shared;

/// <summary>What a <see cref="ListGrid{T}"/> asks its page for: which page (from 0), how many rows, and the sort.</summary>
/// <param name="SortBy">The <see cref="ListColumn{T}.SortBy"/> of the column sorted on, or null for the list's own order.</param>
public sealed record ListGridRequest(int Page, int PageSize, string? SortBy, bool Descending)
{
    public SortOrder Direction => Descending ? SortOrder.Descending : SortOrder.Ascending;
}
