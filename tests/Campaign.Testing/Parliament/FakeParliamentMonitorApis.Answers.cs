using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Campaign.Testing.Parliament;

/// <summary>What each API answers, in its own envelope and field names.</summary>
public sealed partial class FakeParliamentMonitorApis
{
    private JsonNode HansardPage(HttpRequest request)
    {
        var (term, skip, take) = Search(request, "queryParameters.searchTerm", "queryParameters.skip", "queryParameters.take");
        var since = Date(request, "queryParameters.startDate");
        var matching = Snapshot(Contributions).Where(c => Matches(term, c.DebateSection, c.Text) && c.SittingDate >= since).ToList();
        return new JsonObject
        {
            ["Results"] = new JsonArray(matching.Skip(skip).Take(take).Select((c, i) => (JsonNode)c.Json(skip + i)).ToArray()),
            ["TotalResultCount"] = matching.Count,
        };
    }

    private JsonNode QuestionsPage(HttpRequest request)
    {
        var (term, skip, take) = Search(request, "searchTerm", "skip", "take");
        var since = Date(request, "tabledWhenFrom");
        var matching = Snapshot(WrittenQuestions).Where(q => Matches(term, q.Heading, q.QuestionText, q.AnswerText) && q.Tabled >= since).ToList();
        return new JsonObject
        {
            ["totalResults"] = matching.Count,
            ["results"] = new JsonArray(matching.Skip(skip).Take(take).Select(q => (JsonNode)q.Json()).ToArray()),
        };
    }

    private JsonNode MotionsPage(HttpRequest request)
    {
        var (term, skip, take) = Search(request, "parameters.searchTerm", "parameters.skip", "parameters.take");
        var since = Date(request, "parameters.tabledStartDate");
        var matching = Snapshot(Motions).Where(m => Matches(term, m.Title, m.MotionText) && m.Tabled >= since).ToList();
        var page = matching.Skip(skip).Take(take).ToList();
        return new JsonObject
        {
            ["PagingInfo"] = new JsonObject
            {
                ["Skip"] = skip, ["Take"] = take, ["Total"] = matching.Count, ["GlobalStart"] = skip + 1,
                ["GlobalEnd"] = skip + page.Count, ["GlobalTotal"] = matching.Count,
            },
            ["StatusCode"] = 200, ["Success"] = true, ["Errors"] = new JsonArray(),
            ["Response"] = new JsonArray(page.Select(m => (JsonNode)m.Json(withSignatures: false)).ToArray()),
        };
    }

    private JsonNode? Motion(HttpRequest request) =>
        Snapshot(Motions).FirstOrDefault(m => m.Id == RouteInt(request, "id")) is { } motion
            ? new JsonObject { ["StatusCode"] = 200, ["Success"] = true, ["Errors"] = new JsonArray(), ["Response"] = motion.Json(withSignatures: true) }
            : null;

    private JsonNode BillsPage(HttpRequest request)
    {
        var (term, skip, take) = Search(request, "SearchTerm", "Skip", "Take");
        var matching = Snapshot(BillList).Where(b => Matches(term, b.ShortTitle, b.LongTitle)).ToList();
        return Items(matching.Skip(skip).Take(take).Select(b => b.Json(detail: false)), matching.Count, take);
    }

    private JsonNode? Bill(HttpRequest request) => FindBill(request)?.Json(detail: true);

    private JsonNode? StagesPage(HttpRequest request)
    {
        if (FindBill(request) is not { } bill) return null;
        var (_, skip, take) = Search(request, "", "Skip", "Take");
        return Items(bill.Stages.Skip(skip).Take(take).Select(s => s.Json(bill.BillId)), bill.Stages.Count, take);
    }

    private JsonNode? AmendmentsPage(HttpRequest request)
    {
        if (FindBill(request)?.Stages.FirstOrDefault(s => s.Id == RouteInt(request, "stage")) is not { } stage) return null;
        var (term, skip, take) = Search(request, "SearchTerm", "Skip", "Take");
        var matching = stage.Amendments.Where(a => Matches(term, a.Summary)).ToList();
        return Items(matching.Skip(skip).Take(take).Select(a => a.Json(RouteInt(request, "id"), stage.Id)), matching.Count, take);
    }

    private FakeBill? FindBill(HttpRequest request) => Snapshot(BillList).FirstOrDefault(b => b.BillId == RouteInt(request, "id"));

    private static JsonObject Items(IEnumerable<JsonObject> items, int total, int take) => new()
    {
        ["items"] = new JsonArray(items.Select(i => (JsonNode)i).ToArray()), ["totalResults"] = total, ["itemsPerPage"] = take,
    };

    private static List<T> Snapshot<T>(List<T> list)
    {
        lock (list) return [.. list];
    }

    private static (string? Term, int Skip, int Take) Search(HttpRequest request, string term, string skip, string take) =>
        (term.Length > 0 && request.Query[term].ToString() is { Length: > 0 } t ? t : null,
         int.TryParse(request.Query[skip], out var s) ? Math.Max(0, s) : 0,
         int.TryParse(request.Query[take], out var k) ? Math.Max(1, k) : 20);

    private static DateOnly Date(HttpRequest request, string name) =>
        DateOnly.TryParse(request.Query[name], System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : DateOnly.MinValue;

    private static int RouteInt(HttpRequest request, string name) => int.TryParse(request.RouteValues[name]?.ToString(), out var n) ? n : -1;

    private static bool Matches(string? term, params string?[] texts) =>
        term is null || texts.Any(t => t?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);
}
