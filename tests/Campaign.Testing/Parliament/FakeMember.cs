using System.Text.Json.Nodes;

namespace Campaign.Testing.Parliament;

/// <summary>
/// A member as the fake Members API serves them: the record in the real format (<c>value</c> of an item) and whether
/// the search for current members lists them. Records are written here by us, small, in the shape of the API's.
/// </summary>
public sealed class FakeMember(JsonObject value, bool current)
{
    public JsonObject Value { get; } = value;

    public bool Current { get; set; } = current;

    public int? Id => Value["id"]?.GetValue<int>();

    public int House => Value["latestHouseMembership"]!["house"]!.GetValue<int>();

    public DateOnly? EndDate => Value["latestHouseMembership"]!["membershipEndDate"]?.GetValue<string>() is { } end ? DateOnly.Parse(end[..10]) : null;

    public JsonObject Membership => Value["latestHouseMembership"]!.AsObject();

    public static FakeMember Commons(int? id, string family, string given, string seat, string? party = "Labour", string gender = "F", string start = "2024-07-04T00:00:00") =>
        new(Record(id, family, given, given.StartsWith("Dr ") ? "Dr " + family : "Mx " + family, party, gender, 1, seat, start), current: true);

    public static FakeMember Lords(int? id, string title, string? party = "Crossbench", string gender = "M", string start = "2015-06-01T00:00:00") =>
        new(Record(id, title[(title.IndexOf(' ') + 1)..], title[..title.IndexOf(' ')], title, party, gender, 2, "Life peer", start, display: title), current: true);

    /// <summary>Marks the member as having left: an end date and reason, and a status (null, as the API sometimes sends).</summary>
    public FakeMember Left(string endDate, string reason, JsonObject? status = null)
    {
        Current = false;
        Membership["membershipEndDate"] = endDate;
        Membership["membershipEndReason"] = reason;
        Membership["membershipStatus"] = status;
        return this;
    }

    public FakeMember With(Action<JsonObject> change)
    {
        change(Value);
        return this;
    }

    public FakeMember Clone() => new(Value.DeepClone().AsObject(), Current);

    public static JsonObject ActiveStatus(bool active = true) => new()
    {
        ["statusIsActive"] = active, ["statusDescription"] = active ? "Current Member" : "Inactive", ["statusNotes"] = null,
        ["statusId"] = active ? 0 : 1, ["status"] = active ? 0 : 1, ["statusStartDate"] = "2024-07-04T00:00:00",
    };

    private static JsonObject Record(int? id, string family, string given, string addressAs, string? party, string gender, int house, string from, string start, string? display = null) => new()
    {
        ["id"] = id,
        ["nameListAs"] = $"{family}, {given}",
        ["nameDisplayAs"] = display ?? $"{given} {family}",
        ["nameFullTitle"] = house == 1 ? $"{given} {family} MP" : display,
        ["nameAddressAs"] = addressAs,
        ["latestParty"] = party is null ? null : new JsonObject
        {
            ["id"] = party.Length, ["name"] = party, ["abbreviation"] = party[..3], ["backgroundColour"] = "777777", ["foregroundColour"] = "ffffff",
            ["isLordsMainParty"] = house == 2, ["isLordsSpiritualParty"] = false, ["governmentType"] = null, ["isIndependentParty"] = false,
        },
        ["gender"] = gender,
        ["latestHouseMembership"] = new JsonObject
        {
            ["membershipFrom"] = from, ["membershipFromId"] = 4000 + (id ?? 0) % 1000, ["house"] = house,
            ["membershipStartDate"] = start, ["membershipEndDate"] = null, ["membershipEndReason"] = null,
            ["membershipEndReasonNotes"] = null, ["membershipEndReasonId"] = null, ["membershipStatus"] = ActiveStatus(),
        },
        ["thumbnailUrl"] = id is null ? null : $"https://members-api.parliament.uk/api/Members/{id}/Thumbnail",
    };
}
