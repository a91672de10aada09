using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Campaign.Stakeholders;

namespace Campaign.Monitoring.Sources;

/// <summary>Lenient reads of Parliament's JSON: a missing, null or mistyped field is null, never an exception.</summary>
internal static partial class SourceJson
{
    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    public static int? Int(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;

    /// <summary>A member id; the APIs send 0 for a speaker who is not a member.</summary>
    public static int? MemberId(this JsonElement e, string name) => e.Int(name) is > 0 and var id ? id : null;

    public static bool Bool(this JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>The date of "2025-03-12T00:00:00" (or a plain date), as Parliament wrote it: no time-zone shift.</summary>
    public static DateOnly? Date(this JsonElement e, string name) =>
        e.Str(name) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var date)
            ? DateOnly.FromDateTime(date)
            : null;

    /// <summary>"Commons"/"Lords", or 1/2 as the Members API writes it; anything else (e.g. "Unassigned") is null.</summary>
    public static House? House(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String when string.Equals(v.GetString(), "Commons", StringComparison.OrdinalIgnoreCase) => Stakeholders.House.Commons,
            JsonValueKind.String when string.Equals(v.GetString(), "Lords", StringComparison.OrdinalIgnoreCase) => Stakeholders.House.Lords,
            JsonValueKind.Number when v.TryGetInt32(out var n) && n is 1 or 2 => (House)n,
            _ => null,
        } : null;

    public static JsonElement? Object(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>The array's elements, or none when it is missing; callers that need it present check with <see cref="IsArray"/>.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static bool IsArray(this JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array;

    /// <summary>HTML (Hansard's and the answers' markup) as plain text: tags dropped, entities decoded, spaces collapsed.</summary>
    public static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Query(string value) => Uri.EscapeDataString(value);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
