using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Campaign.Importing.Parliament;

/// <summary>One of a member's published addresses (parliamentary office, constituency office, a website...).</summary>
public sealed record MemberContact(string Kind, string? Email, string? Phone, string? Address, bool IsPreferred);

/// <summary>A heading of a member's declared interests ("Political interests") and what is listed under it.</summary>
public sealed record MemberFocusArea(string Category, IReadOnlyList<string> Items);

/// <summary>What Parliament publishes about a member beyond the search record: contact details, synopsis, areas of focus.</summary>
public sealed record MemberDetails(IReadOnlyList<MemberContact> Contacts, string? Synopsis, IReadOnlyList<MemberFocusArea> Focus)
{
    /// <summary>The first contact (preferred ones first) that gives a value, e.g. the parliamentary email address.</summary>
    public string? First(Func<MemberContact, string?> value) =>
        Contacts.OrderByDescending(c => c.IsPreferred).Select(value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>Reads the Members API's Contact, Synopsis and Focus answers (<c>{"value": ...}</c>), tolerating absent parts.</summary>
internal static partial class MemberDetailsReader
{
    public static IReadOnlyList<MemberContact> Contacts(JsonElement value) =>
        value.ValueKind != JsonValueKind.Array ? [] : value.EnumerateArray()
            .Where(c => !Bool(c, "isWebAddress"))
            .Select(c => new MemberContact(Text(c, "type") ?? "Contact", Text(c, "email"), Text(c, "phone"), Address(c), Bool(c, "isPreferred")))
            .Where(c => c.Email is not null || c.Phone is not null || c.Address is not null)
            .ToList();

    /// <summary>The synopsis is a sentence of HTML ("… a <a>Labour</a> MP …"); staff read it as text.</summary>
    public static string? Synopsis(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } html
            ? WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim() is { Length: > 0 } text ? text : null
            : null;

    public static IReadOnlyList<MemberFocusArea> Focus(JsonElement value) =>
        value.ValueKind != JsonValueKind.Array ? [] : value.EnumerateArray()
            .Select(f => new MemberFocusArea(Text(f, "category") ?? "Interests",
                f.TryGetProperty("focus", out var items) && items.ValueKind == JsonValueKind.Array
                    ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!.Trim()).Where(i => i.Length > 0).ToList()
                    : []))
            .Where(f => f.Items.Count > 0)
            .ToList();

    private static string? Address(JsonElement contact)
    {
        var parts = new[] { "line1", "line2", "line3", "line4", "line5", "postcode" }.Select(p => Text(contact, p)).OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()?.Trim() is { Length: > 0 } text ? text : null;

    private static bool Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
