using System.Text.Json;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Checks an uploaded Members API search result before anything is read into the database: the shape
/// (<c>items[].value</c>, one page or a list of pages), every member's id, names, house and dates, and repeated
/// ids. Problems name the item (its position in the file) and the field.
/// </summary>
internal static class MembersFile
{
    public const string WhatItIs = "the Members API search result";

    /// <exception cref="ImportRefusedException">The file is not JSON, or not a Members API result at all.</exception>
    public static IReadOnlyList<MemberValue> Read(string json, List<ImportProblem> problems)
    {
        using var document = JsonUpload.Parse(json, WhatItIs);
        var firstRowOf = new Dictionary<int, int>();
        foreach (var (value, row) in JsonUpload.Values(document.RootElement, "items", WrongShape, "item",
                     "The file is a Members API result with no members in it.", problems))
            Check(value, row, problems, firstRowOf);
        if (problems.Count > 0) return [];
        try
        {
            return MembersApiReader.Read(json);
        }
        catch (JsonException ex)
        {
            problems.Add(ImportProblem.File($"A value does not have the expected type at {ex.Path}."));
            return [];
        }
    }

    internal static void Check(JsonElement value, int row, List<ImportProblem> problems, Dictionary<int, int> firstRowOf)
    {
        var id = JsonUpload.Int(value, "id", row, "id", problems);
        if (id is null or <= 0)
            problems.Add(new ImportProblem(row, "id", id is null ? "is missing" : $"{id} is not a member id"));
        else if (!firstRowOf.TryAdd(id.Value, row))
            problems.Add(new ImportProblem(row, "id", $"member {id} is in the file twice (also item {firstRowOf[id.Value]})"));

        var display = JsonUpload.String(value, "nameDisplayAs", row, "nameDisplayAs", FieldLengths.DisplayName, problems);
        var list = JsonUpload.String(value, "nameListAs", row, "nameListAs", FieldLengths.Name, problems);
        if (string.IsNullOrWhiteSpace(display) && string.IsNullOrWhiteSpace(list))
            problems.Add(new ImportProblem(row, "nameDisplayAs", "the member has no name (nameDisplayAs and nameListAs are both empty)"));
        JsonUpload.String(value, "nameAddressAs", row, "nameAddressAs", FieldLengths.DisplayName, problems);
        JsonUpload.String(value, "thumbnailUrl", row, "thumbnailUrl", FieldLengths.Line, problems);

        if (value.TryGetProperty("latestParty", out var party) && party.ValueKind == JsonValueKind.Object)
            JsonUpload.String(party, "name", row, "latestParty.name", FieldLengths.NamePart, problems);

        if (!value.TryGetProperty("latestHouseMembership", out var membership) || membership.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ImportProblem(row, "latestHouseMembership", "is missing: the member's house and seat are not known"));
            return;
        }
        var house = JsonUpload.Int(membership, "house", row, "latestHouseMembership.house", problems);
        if (house is not (1 or 2))
            problems.Add(new ImportProblem(row, "latestHouseMembership.house", house is null ? "is missing" : $"{house} is not a house (1 is the Commons, 2 the Lords)"));
        JsonUpload.String(membership, "membershipFrom", row, "latestHouseMembership.membershipFrom", FieldLengths.Seat, problems);
        JsonUpload.Date(membership, "membershipStartDate", row, "latestHouseMembership.membershipStartDate", problems);
        JsonUpload.Date(membership, "membershipEndDate", row, "latestHouseMembership.membershipEndDate", problems);
        JsonUpload.String(membership, "membershipEndReason", row, "latestHouseMembership.membershipEndReason", FieldLengths.Name, problems);
        if (membership.TryGetProperty("membershipStatus", out var status) && status.ValueKind == JsonValueKind.Object &&
            status.TryGetProperty("statusIsActive", out var active) && active.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            problems.Add(new ImportProblem(row, "latestHouseMembership.membershipStatus.statusIsActive", $"should be true or false but is {JsonUpload.Describe(active)}"));
    }

    private static string WrongShape(JsonElement page) =>
        JsonUpload.Has(page, "results")
            ? "This looks like a written-questions result, not a Members API search result: upload it under Written questions."
            : "This is not a UK Parliament Members API search result: it should hold {\"items\": [{\"value\": {\"id\": …}}]}, one page or a list of pages.";
}
