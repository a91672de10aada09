using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Campaign.Privacy;

/// <summary>
/// Rewrites the strings inside stored JSON on their decoded values: the serializer escapes non-ASCII letters and
/// apostrophes ("Si\u00E2n", "O\u0027Brien"), so a search of the stored text misses exactly the names erasure must find.
/// </summary>
internal static class JsonStrings
{
    /// <summary>
    /// The JSON with <paramref name="rewrite"/> applied to every string value (in objects and arrays at any depth; the
    /// top-level field name is passed too), or null when nothing changed or the text is not JSON.
    /// </summary>
    public static string? Rewrite(string json, Func<string, string, string> rewrite)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (root is not JsonObject fields) return null;
        var changed = false;
        foreach (var (field, value) in fields.ToList())
            changed |= RewriteChild(fields, field, value, text => rewrite(field, text));
        // Serialized as the app writes it (the default encoder), so readers see the same shape as before.
        return changed ? root.ToJsonString() : null;
    }

    /// <summary>The text with every match struck, after putting it in composed form (as the patterns are).</summary>
    public static string Strike(string text, Regex pattern)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var struck = pattern.Replace(composed, Anonymiser.Struck);
        return ReferenceEquals(struck, composed) || struck == composed ? text : struck;
    }

    /// <summary>Rewrites one child of an object or array: a string is replaced, a container is walked.</summary>
    private static bool RewriteChild(JsonNode parent, object slot, JsonNode? child, Func<string, string> rewrite)
    {
        switch (child)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var rewritten = rewrite(text);
                if (rewritten == text) return false;
                if (slot is string name) parent[name] = rewritten;
                else parent[(int)slot] = rewritten;
                return true;
            case JsonObject obj:
                var objectChanged = false;
                foreach (var (property, grandchild) in obj.ToList())
                    objectChanged |= RewriteChild(obj, property, grandchild, rewrite);
                return objectChanged;
            case JsonArray array:
                var arrayChanged = false;
                for (var i = 0; i < array.Count; i++)
                    arrayChanged |= RewriteChild(array, i, array[i], rewrite);
                return arrayChanged;
            default:
                return false;
        }
    }
}
