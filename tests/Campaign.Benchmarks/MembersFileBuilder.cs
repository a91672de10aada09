using System.Globalization;
using System.Text.Json;
using Campaign.Importing;
using Microsoft.Data.Sqlite;

namespace Campaign.Benchmarks;

/// <summary>
/// A UK Parliament Members API search result as the API returns it (a list of pages of 20, every field of the real
/// format) for the weekly refresh of a directory: four in five members are already in the database (most unchanged,
/// some with a new party or seat, some who have left the House) and one in five is new.
/// </summary>
public static class MembersFileBuilder
{
    private const int PageSize = 20;
    private static readonly string[] Parties = ["Labour", "Conservative", "Liberal Democrat", "Scottish National Party", "Green Party", "Reform UK", "Plaid Cymru", "Crossbench", "Independent"];
    private static readonly string[] Given = ["Amelia", "Callum", "Deborah", "Ewan", "Farah", "Graham", "Helen", "Idris", "Joanna", "Kieran"];
    private static readonly string[] Family = ["Ashworth", "Blackwood", "Carmichael", "Dunmore", "Ellison", "Fairbairn", "Gillespie", "Hartley", "Irvine", "Jessop"];

    /// <summary>What the file should do: the harness checks the new members, and reports the rest as the import saw it.</summary>
    public sealed record Expected(int Members, int New, int Changed, int Left, int Unchanged)
    {
        public string Describe() => $"{Members:N0} members: {New:N0} new, {Changed:N0} changed (of whom {Left:N0} left), {Unchanged:N0} unchanged";
    }

    private sealed record Existing(int MemberId, string Kind, string Given, string Family, string Display, string? Party, string? Constituency,
        string? Peerage, bool Current, string? Since, string? Photo);

    public static async Task<(UploadedFile File, Expected Expected)> BuildAsync(DatabaseCopy database, int members, DateTime now)
    {
        var existing = await ExistingAsync(database);
        // Every sixth member is left out of the file (absent members are not touched by an import).
        var kept = existing.Where((_, i) => i % 6 != 5).Take(members - members / 5).ToList();
        var newCount = members - kept.Count;
        int changed = 0, left = 0;
        var leftOn = now.Date.AddMonths(-2);

        var items = new List<Action<Utf8JsonWriter>>();
        for (var k = 0; k < kept.Count; k++)
        {
            var m = kept[k];
            var party = k % 4 == 1 ? Parties[(Array.IndexOf(Parties, m.Party) + 1) % Parties.Length] : m.Party;
            var seat = m.Kind == "MP" && k % 8 == 3 ? m.Constituency + " and District" : m.Constituency;
            var leaves = m.Current && k % 20 == 7;
            if (party != m.Party || seat != m.Constituency || leaves) changed++;
            if (leaves) left++;
            items.Add(w => Member(w, m.MemberId, m.Given, m.Family, m.Display, party, m.Kind == "MP" ? 1 : 2, m.Kind == "MP" ? seat : m.Peerage,
                m.Since, leaves ? leftOn : null, leaves ? (m.Kind == "MP" ? "Stood down" : "Retired") : null, m.Current && !leaves, m.Photo));
        }
        for (var n = 1; n <= newCount; n++)
        {
            var id = 200_000 + n;
            var (given, family) = (Given[n % Given.Length], Family[n / Given.Length % Family.Length] + n.ToString(CultureInfo.InvariantCulture));
            var commons = n % 2 == 1;
            items.Add(w => Member(w, id, given, family, commons ? $"{given} {family}" : $"Baroness {family}", Parties[n % Parties.Length], commons ? 1 : 2,
                commons ? $"New Constituency {n:D4}" : "Life peer", "2026-07-04", null, null, true, $"https://members-api.parliament.uk/api/Members/{id}/Thumbnail"));
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            var skip = 0;
            foreach (var page in items.Chunk(PageSize))
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var value in page)
                {
                    json.WriteStartObject();
                    json.WritePropertyName("value");
                    value(json);
                    json.WriteStartArray("links");
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteNumber("totalResults", items.Count);
                json.WriteNumber("skip", skip);
                json.WriteNumber("take", PageSize);
                json.WriteEndObject();
                skip += PageSize;
            }
            json.WriteEndArray();
        }
        var file = new UploadedFile($"members-{members}.json", stream.ToArray());
        return (file, new Expected(members, newCount, changed, left, kept.Count - changed));
    }

    private static void Member(Utf8JsonWriter w, int id, string given, string family, string display, string? party, int house, string? from,
        string? since, DateTime? endedOn, string? endReason, bool active, string? photo)
    {
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("nameListAs", $"{family}, {given}");
        w.WriteString("nameDisplayAs", display);
        w.WriteString("nameFullTitle", house == 1 ? $"{display} MP" : $"The {display}");
        // The display name again rather than "Mr …", so an unchanged member's honorific stays as the directory has it.
        w.WriteString("nameAddressAs", display);
        w.WriteStartObject("latestParty");
        w.WriteNumber("id", Math.Max(0, Array.IndexOf(Parties, party)) + 1);
        w.WriteString("name", party);
        w.WriteString("abbreviation", party is null ? null : new string(party.Where(char.IsUpper).ToArray()));
        w.WriteString("backgroundColour", "d50000");
        w.WriteString("foregroundColour", "ffffff");
        w.WriteBoolean("isLordsMainParty", true);
        w.WriteBoolean("isLordsSpiritualParty", false);
        w.WriteNumber("governmentType", 0);
        w.WriteBoolean("isIndependentParty", party == "Independent");
        w.WriteEndObject();
        w.WriteString("gender", id % 2 == 0 ? "F" : "M");
        w.WriteStartObject("latestHouseMembership");
        w.WriteString("membershipFrom", from);
        w.WriteNumber("membershipFromId", 4000 + id % 650);
        w.WriteNumber("house", house);
        w.WriteString("membershipStartDate", since is null ? null : since + "T00:00:00");
        w.WriteString("membershipEndDate", endedOn?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteString("membershipEndReason", endReason);
        w.WriteNull("membershipEndReasonNotes");
        w.WriteNull("membershipEndReasonId");
        w.WriteStartObject("membershipStatus");
        w.WriteBoolean("statusIsActive", active);
        w.WriteString("statusDescription", active ? "Current Member" : "Inactive");
        w.WriteNull("statusNotes");
        w.WriteNumber("statusId", active ? 0 : 1);
        w.WriteNumber("status", active ? 0 : 1);
        w.WriteString("statusStartDate", since is null ? null : since + "T00:00:00");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("thumbnailUrl", photo);
        w.WriteEndObject();
    }

    private static async Task<List<Existing>> ExistingAsync(DatabaseCopy database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ParliamentMemberId, Kind, GivenName, FamilyName, DisplayName, Party, Constituency, Peerage, Status, MembershipStartDate, ThumbnailUrl " +
                              "FROM Stakeholders WHERE ParliamentMemberId IS NOT NULL ORDER BY ParliamentMemberId";
        await using var reader = await command.ExecuteReaderAsync();
        var members = new List<Existing>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (await reader.ReadAsync())
            members.Add(new Existing(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Text(5), Text(6),
                Text(7), reader.GetString(8) == "Current", Text(9), Text(10)));
        return members;
    }
}
