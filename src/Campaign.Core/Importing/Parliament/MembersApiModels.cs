using System.Text.Json.Serialization;

namespace Campaign.Importing.Parliament;

// The UK Parliament Members API search result, as much of it as the app reads.

public sealed record MembersPage(
    [property: JsonPropertyName("items")] IReadOnlyList<MemberItem> Items,
    [property: JsonPropertyName("totalResults")] int TotalResults,
    [property: JsonPropertyName("skip")] int Skip,
    [property: JsonPropertyName("take")] int Take);

public sealed record MemberItem([property: JsonPropertyName("value")] MemberValue Value);

public sealed record MemberValue(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("nameListAs")] string? NameListAs,
    [property: JsonPropertyName("nameDisplayAs")] string? NameDisplayAs,
    [property: JsonPropertyName("nameFullTitle")] string? NameFullTitle,
    [property: JsonPropertyName("nameAddressAs")] string? NameAddressAs,
    [property: JsonPropertyName("latestParty")] MemberParty? LatestParty,
    [property: JsonPropertyName("gender")] string? Gender,
    [property: JsonPropertyName("latestHouseMembership")] HouseMembership? LatestHouseMembership,
    [property: JsonPropertyName("thumbnailUrl")] string? ThumbnailUrl);

public sealed record MemberParty(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("abbreviation")] string? Abbreviation);

public sealed record HouseMembership(
    [property: JsonPropertyName("membershipFrom")] string? MembershipFrom,
    [property: JsonPropertyName("membershipFromId")] int? MembershipFromId,
    [property: JsonPropertyName("house")] int House,
    [property: JsonPropertyName("membershipStartDate")] DateTime? MembershipStartDate,
    [property: JsonPropertyName("membershipEndDate")] DateTime? MembershipEndDate,
    [property: JsonPropertyName("membershipEndReason")] string? MembershipEndReason,
    [property: JsonPropertyName("membershipStatus")] MembershipStatusValue? MembershipStatus);

public sealed record MembershipStatusValue(
    [property: JsonPropertyName("statusIsActive")] bool StatusIsActive,
    [property: JsonPropertyName("statusDescription")] string? StatusDescription);
