using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Campaign.Web.Components.Shared;

/// <summary>
/// Values from the address, taken as text and parsed here: one that does not parse is ignored, as if it were absent
/// (Blazor's own binding to <c>int?</c> would throw and show the error page for "?ask=x").
/// </summary>
public static class QueryValues
{
    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An enum member by name, ignoring case; numbers are refused, so only the names the app writes are read.</summary>
    public static T? Enum<T>(string? text) where T : struct, System.Enum =>
        Common.EnumText.Parse<T>(text);

    /// <summary>A query string's values by name, ignoring case as addresses do (a repeated name's values joined by commas).</summary>
    public static IReadOnlyDictionary<string, string?> Of(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
}
