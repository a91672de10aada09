using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Campaign.Monitoring.Sources;

/// <summary>Written questions (both Houses) that mention a phrase, with their answers once given: <c>writtenquestions/questions</c>.</summary>
public sealed class WrittenQuestionsSource(HttpClient http, IOptionsMonitor<MonitorSourceOptions> options) : IMonitorSource
{
    private readonly ParliamentApiRequests _api = new(http, options.Get(MonitorSourceOptions.WrittenQuestions), "Written Questions API");

    public MonitorSource Source => MonitorSource.WrittenQuestions;

    public Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken) =>
        _api.AllPagesAsync((skip, take, token) => _api.GetJsonAsync(
            $"writtenquestions/questions?searchTerm={SourceJson.Query(phrase)}&tabledWhenFrom={SourceJson.Iso(since)}&expandMember=true&skip={skip}&take={take}",
            $"questions mentioning \"{phrase}\", from number {skip + 1}", "a list of written questions",
            root => Page(root, tally), tally, token), cancellationToken);

    private static SourcePage<SourceHit>? Page(JsonElement root, SourceTally tally)
    {
        if (!root.IsArray("results") || root.Int("totalResults") is not { } total) return null;
        var hits = root.Items("results").Select(r => r.Object("value") is { } value ? Hit(value) : null).OfType<SourceHit>().ToList();
        tally.Found(hits.Count);
        return new SourcePage<SourceHit>(total, hits);
    }

    private static SourceHit? Hit(JsonElement q)
    {
        if (q.Int("id") is not { } id || q.Date("dateTabled") is not { } tabled) return null;
        var uin = q.Str("uin");
        var asker = q.Object("askingMember");
        var answered = q.Date("dateAnswered");
        return new SourceHit(MonitorSource.WrittenQuestions, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            q.MemberId("askingMemberId") ?? asker?.MemberId("id"), asker?.Str("name"), q.House("house"),
            q.Str("heading") ?? "", SourceJson.PlainText(q.Str("questionText")), tabled,
            $"https://questions-statements.parliament.uk/written-questions/detail/{SourceJson.Iso(tabled)}/{uin}")
        {
            Reference = uin,
            // The department is known from tabling, but the hit carries it with the answer (the contract's "once answered").
            AnsweringBody = answered is null ? null : q.Str("answeringBodyName"),
            AnswerText = answered is null ? null : SourceJson.PlainText(q.Str("answerText")),
            AnsweredOn = answered,
        };
    }
}
