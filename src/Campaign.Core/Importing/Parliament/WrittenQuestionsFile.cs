using System.Text.Json;
using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Checks and reads an uploaded written-questions API result: <c>{"results": [{"value": {…}}]}</c>, one page or
/// a list of pages. Problems name the question (its position in the file) and the field.
/// </summary>
internal static class WrittenQuestionsFile
{
    public const string WhatItIs = "the written-questions API result";

    /// <exception cref="ImportRefusedException">The file is not JSON, or not a written-questions result at all.</exception>
    public static IReadOnlyList<WrittenQuestion> Read(string json, List<ImportProblem> problems)
    {
        using var document = JsonUpload.Parse(json, WhatItIs);
        var questions = new List<WrittenQuestion>();
        var firstRowOf = new Dictionary<int, int>();
        foreach (var (value, row) in JsonUpload.Values(document.RootElement, "results", WrongShape, "result",
                     "The file is a written-questions result with no questions in it.", problems))
        {
            var before = problems.Count;
            var question = ReadOne(value, row, problems);
            if (question is not null && !firstRowOf.TryAdd(question.Id, row))
                problems.Add(new ImportProblem(row, "id", $"question {question.Id} is in the file twice (also result {firstRowOf[question.Id]})"));
            if (question is not null && problems.Count == before) questions.Add(question);
        }
        return questions;
    }

    private static WrittenQuestion? ReadOne(JsonElement v, int row, List<ImportProblem> problems)
    {
        var id = JsonUpload.Int(v, "id", row, "id", problems);
        if (id is null or <= 0) problems.Add(new ImportProblem(row, "id", id is null ? "is missing" : $"{id} is not a question id"));
        var uin = JsonUpload.String(v, "uin", row, "uin", FieldLengths.Uin, problems);
        if (string.IsNullOrWhiteSpace(uin)) problems.Add(new ImportProblem(row, "uin", "is missing: every question has a UIN"));
        var house = ReadHouse(v, row, problems);
        var tabled = JsonUpload.Date(v, "dateTabled", row, "dateTabled", problems);
        if (tabled is null && !HasProblem(problems, row, "dateTabled")) problems.Add(new ImportProblem(row, "dateTabled", "is missing"));
        var asker = JsonUpload.Int(v, "askingMemberId", row, "askingMemberId", problems);
        if (asker is null or <= 0 && !HasProblem(problems, row, "askingMemberId"))
            problems.Add(new ImportProblem(row, "askingMemberId", asker is null ? "is missing" : $"{asker} is not a member id"));
        var heading = JsonUpload.String(v, "heading", row, "heading", null, problems);
        var text = JsonUpload.String(v, "questionText", row, "questionText", null, problems);
        var body = JsonUpload.String(v, "answeringBodyName", row, "answeringBodyName", FieldLengths.Name, problems);
        var answered = JsonUpload.Date(v, "dateAnswered", row, "dateAnswered", problems);
        var answer = JsonUpload.String(v, "answerText", row, "answerText", null, problems);
        if (id is not > 0 || string.IsNullOrWhiteSpace(uin) || house is null || tabled is null || asker is not > 0) return null;
        return new WrittenQuestion(id.Value, uin.Trim(), house.Value, tabled.Value, asker.Value, heading, text, body, answered, answer);
    }

    /// <summary>The API writes the house as "Commons"/"Lords"; older results and the Members API use 1 and 2.</summary>
    private static House? ReadHouse(JsonElement v, int row, List<ImportProblem> problems)
    {
        if (!v.TryGetProperty("house", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new ImportProblem(row, "house", "is missing"));
            return null;
        }
        House? house = value.ValueKind switch
        {
            JsonValueKind.String when string.Equals(value.GetString(), "Commons", StringComparison.OrdinalIgnoreCase) => Stakeholders.House.Commons,
            JsonValueKind.String when string.Equals(value.GetString(), "Lords", StringComparison.OrdinalIgnoreCase) => Stakeholders.House.Lords,
            JsonValueKind.Number when value.TryGetInt32(out var n) && n is 1 or 2 => (House)n,
            _ => null,
        };
        if (house is null) problems.Add(new ImportProblem(row, "house", $"{JsonUpload.Describe(value)} is not a house (Commons or Lords)"));
        return house;
    }

    private static bool HasProblem(List<ImportProblem> problems, int row, string column) =>
        problems.Any(p => p.Row == row && p.Column == column);

    private static string WrongShape(JsonElement page) =>
        JsonUpload.Has(page, "items")
            ? "This looks like a Members API result, not written questions: upload it under Parliament members."
            : "This is not a written-questions API result: it should hold {\"results\": [{\"value\": {\"uin\": …, \"heading\": …}}]}, one page or a list of pages.";
}
