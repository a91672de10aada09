using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Campaign.Importing;

/// <summary>Shared checks for the JSON files the Parliament APIs return.</summary>
internal static class JsonUpload
{
    /// <exception cref="ImportRefusedException">The text is not complete, valid JSON.</exception>
    public static JsonDocument Parse(string text, string whatItShouldBe)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (it goes wrong at line {line + 1}, character {(ex.BytePositionInLine ?? 0) + 1})" : "";
            var start = text.TrimStart();
            var reason = start.StartsWith('{') || start.StartsWith('[')
                ? $"The file is not complete, valid JSON{where}: it may have been cut short. Download {whatItShouldBe} again."
                : $"The file is not JSON{where}. Upload {whatItShouldBe} as the API returned it.";
            throw new ImportRefusedException(ImportProblem.File(reason));
        }
    }

    /// <summary>The pages of a result: the root object, or each element of a root array.</summary>
    public static IReadOnlyList<JsonElement> Pages(JsonElement root, string listProperty, Func<JsonElement, string> wrongShape)
    {
        var pages = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        foreach (var page in pages)
        {
            if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty(listProperty, out var list) || list.ValueKind != JsonValueKind.Array)
                throw new ImportRefusedException(ImportProblem.File(wrongShape(page)));
        }
        return pages;
    }

    /// <summary>
    /// Each item's <c>value</c> object with its position in the file, counting from 1, across every page; an item
    /// without one is a problem. Stops once 200 problems are found.
    /// </summary>
    /// <exception cref="ImportRefusedException">The result is not the expected shape, or has no items.</exception>
    public static IEnumerable<(JsonElement Value, int Row)> Values(
        JsonElement root, string listProperty, Func<JsonElement, string> wrongShape, string itemName, string noItems, List<ImportProblem> problems)
    {
        var pages = Pages(root, listProperty, wrongShape);
        var row = 0;
        foreach (var item in pages.SelectMany(p => p.GetProperty(listProperty).EnumerateArray()))
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ImportProblem(row, "value", $"is missing: each {itemName} should be {{\"value\": {{\"id\": …, …}}}}"));
                continue;
            }
            yield return (value, row);
            if (problems.Count >= 200) break;
        }
        if (row == 0) throw new ImportRefusedException(ImportProblem.File(noItems));
    }

    /// <summary>The file decoded and read; false, with the one problem, when it is refused outright.</summary>
    public static bool TryRead<T>(UploadedFile file, Func<string, List<ImportProblem>, T> read, List<ImportProblem> problems, [NotNullWhen(true)] out T? result) where T : class
    {
        try
        {
            result = read(ImportText.Decode(file).Text, problems);
            return true;
        }
        catch (ImportRefusedException refused)
        {
            problems.Add(refused.Problem);
            result = default;
            return false;
        }
    }

    public static bool Has(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out _);

    /// <summary>The property's string value; a problem when it is there but not a string or too long.</summary>
    public static string? String(JsonElement owner, string property, int row, string column, int? maxLength, List<ImportProblem> problems)
    {
        if (!owner.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new ImportProblem(row, column, $"should be text but is {Describe(value)}"));
            return null;
        }
        var text = value.GetString();
        if (maxLength is { } max && text?.Length > max)
            problems.Add(new ImportProblem(row, column, $"is {text.Length:N0} characters long; the most is {max:N0}"));
        return text;
    }

    public static DateTime? Date(JsonElement owner, string property, int row, string column, List<ImportProblem> problems)
    {
        if (String(owner, property, row, column, null, problems) is not { } text) return null;
        // The same ISO 8601 reading the deserialiser uses, so a date accepted here never fails later.
        if (owner.GetProperty(property).TryGetDateTime(out var date)) return date;
        problems.Add(new ImportProblem(row, column, $"\"{Clip(text)}\" is not a date (expected e.g. 2024-07-04T00:00:00)"));
        return null;
    }

    public static int? Int(JsonElement owner, string property, int row, string column, List<ImportProblem> problems)
    {
        if (!owner.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        problems.Add(new ImportProblem(row, column, $"should be a whole number but is {Describe(value)}"));
        return null;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Clip(value.GetString() ?? "")}\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => Clip(value.GetRawText()),
    };

    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
