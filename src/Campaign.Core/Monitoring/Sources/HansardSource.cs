using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Campaign.Monitoring.Sources;

/// <summary>Spoken contributions in Hansard (both Houses) that mention a phrase: <c>search/contributions/Spoken.json</c>.</summary>
public sealed class HansardSource(HttpClient http, IOptionsMonitor<MonitorSourceOptions> options) : IMonitorSource
{
    private readonly ParliamentApiRequests _api = new(http, options.Get(MonitorSourceOptions.Hansard), "Hansard API");

    public MonitorSource Source => MonitorSource.Hansard;

    public Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken) =>
        _api.AllPagesAsync((skip, take, token) => _api.GetJsonAsync(
            $"search/contributions/Spoken.json?queryParameters.searchTerm={SourceJson.Query(phrase)}&queryParameters.startDate={SourceJson.Iso(since)}" +
            $"&queryParameters.skip={skip}&queryParameters.take={take}",
            $"contributions mentioning \"{phrase}\", from number {skip + 1}", "a list of contributions",
            root => Page(root, tally), tally, token), cancellationToken);

    private static SourcePage<SourceHit>? Page(JsonElement root, SourceTally tally)
    {
        if (!root.IsArray("Results") || root.Int("TotalResultCount") is not { } total) return null;
        var hits = root.Items("Results").Select(Hit).OfType<SourceHit>().ToList();
        tally.Found(hits.Count);
        return new SourcePage<SourceHit>(total, hits);
    }

    private static SourceHit? Hit(JsonElement c)
    {
        if (c.Str("ContributionExtId") is not { Length: > 0 } id || c.Date("SittingDate") is not { } date) return null;
        var title = c.Str("DebateSection") ?? "";
        var house = c.House("House");
        var full = SourceJson.PlainText(c.Str("ContributionTextFull"));
        return new SourceHit(MonitorSource.Hansard, id, c.MemberId("MemberId"), c.Str("MemberName") ?? c.Str("AttributedTo"), house, title,
            full.Length > 0 ? full : SourceJson.PlainText(c.Str("ContributionText")), date,
            $"https://hansard.parliament.uk/{house?.ToString() ?? c.Str("House") ?? "Commons"}/{SourceJson.Iso(date)}/debates/{c.Str("DebateSectionExtId")}/{Slug(title)}#contribution-{id}");
    }

    /// <summary>The title as Hansard writes it in its own links ("NHS Workforce: Clinical Technologists" → "NHSWorkforceClinicalTechnologists").</summary>
    internal static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var ch in title)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(startOfWord ? char.ToUpperInvariant(ch) : ch);
                startOfWord = false;
            }
            else startOfWord = true;
        }
        return slug.ToString();
    }
}
