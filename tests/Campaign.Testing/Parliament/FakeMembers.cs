using System.Text.Json.Nodes;

namespace Campaign.Testing.Parliament;

/// <summary>The fake API's fixtures: a handful of members per House with the odd records the real API sends, or many.</summary>
public static class FakeMembers
{
    /// <summary>
    /// Commons: four current MPs (gender spelt out, a start date without a time, no party, no status and no end date) and
    /// one record without an id; one MP who left with a null status. Lords: three current peers, one who retired.
    /// </summary>
    public static List<FakeMember> Small() =>
    [
        FakeMember.Commons(91001, "Iqbal", "Asha", "Leeds Central"),
        FakeMember.Commons(91002, "Osei", "Kwame", "Bath", party: "Conservative", gender: "Male", start: "2024-07-04"),
        FakeMember.Commons(91003, "Barnes", "Ruth", "Ipswich", party: null, gender: "Female"),
        FakeMember.Commons(91004, "Clarke", "Tom", "Derby North", gender: "M").With(v => v["latestHouseMembership"]!["membershipStatus"] = null),
        FakeMember.Commons(null, "Nobody", "Anon", "Nowhere"),
        FakeMember.Commons(91005, "Fenwick", "Alan", "Hexham", party: "Liberal Democrat", gender: "M").Left("2026-09-01T00:00:00", "Death"),
        FakeMember.Lords(92001, "Baroness Hale of Ryde", gender: "F"),
        FakeMember.Lords(92002, "Lord Patel of Dundee", party: "Labour"),
        FakeMember.Lords(92003, "Lord Smith of Leigh", party: "Conservative", gender: "Male"),
        FakeMember.Lords(92004, "Lord Oldham of Rye").Left("2026-10-01T00:00:00", "Retired", FakeMember.ActiveStatus(false)),
    ];

    /// <summary>A full Parliament's worth: <paramref name="mps"/> MPs and <paramref name="peers"/> peers, all current, deterministic.</summary>
    /// <param name="family">The MPs' family names' stem (then a number).</param>
    public static List<FakeMember> Generated(int mps, int peers, int firstId = 100_000, string family = "Family")
    {
        string[] parties = ["Labour", "Conservative", "Liberal Democrat", "Green Party", "Crossbench", "Independent"];
        var members = new List<FakeMember>(mps + peers);
        for (var i = 0; i < mps; i++)
            members.Add(FakeMember.Commons(firstId + i, $"{family}{i:D4}", $"Given{i:D4}", $"Constituency {i:D4}", parties[i % 4], i % 2 == 0 ? "F" : "M"));
        for (var i = 0; i < peers; i++)
            members.Add(FakeMember.Lords(firstId + mps + i, $"Lord Peer{i:D4} of Place{i:D4}", parties[i % parties.Length], i % 2 == 0 ? "M" : "F"));
        return members;
    }

    /// <summary>The members as one Members API page, as a file someone saved from the API would hold them.</summary>
    public static JsonObject AsFile(IEnumerable<FakeMember> members)
    {
        var items = new JsonArray(members.Select(m => (JsonNode)new JsonObject { ["value"] = m.Value.DeepClone(), ["links"] = new JsonArray() }).ToArray());
        return new JsonObject { ["items"] = items, ["totalResults"] = items.Count, ["skip"] = 0, ["take"] = items.Count };
    }
}
