using System.Globalization;
using System.Text.Json;
using Campaign.Stakeholders;
using Microsoft.Extensions.Options;

namespace Campaign.Monitoring.Sources;

/// <summary>
/// Early Day Motions that mention a phrase, each with every signature: the list (<c>EarlyDayMotions/list</c>) finds them,
/// and one request per motion (<c>EarlyDayMotion/{id}</c>) reads its signatures, so a new signature shows on the next run.
/// </summary>
public sealed class EarlyDayMotionsSource(HttpClient http, IOptionsMonitor<MonitorSourceOptions> options) : IMonitorSource
{
    private readonly ParliamentApiRequests _api = new(http, options.Get(MonitorSourceOptions.EarlyDayMotions), "Early Day Motions API");

    public MonitorSource Source => MonitorSource.EarlyDayMotions;

    public async Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken)
    {
        var ids = await _api.AllPagesAsync((skip, take, token) => _api.GetJsonAsync(
            $"EarlyDayMotions/list?parameters.searchTerm={SourceJson.Query(phrase)}&parameters.tabledStartDate={SourceJson.Iso(since)}" +
            $"&parameters.skip={skip}&parameters.take={take}",
            $"motions mentioning \"{phrase}\", from number {skip + 1}", "a list of motions",
            root => Page(root, tally), tally, token), cancellationToken);
        var motions = await ParliamentApiRequests.AllAsync(ids.Distinct().Select(id => (Func<CancellationToken, Task<SourceHit?>>)(token => _api.FindJsonAsync(
            $"EarlyDayMotion/{id}", $"motion {id}", "a motion",
            root => root.Object("Response") is { } motion ? Hit(motion) : null, tally, token))), cancellationToken);
        // A motion gone between the list and its own page (404) is left for the next run.
        return motions.OfType<SourceHit>().ToList();
    }

    private static SourcePage<int>? Page(JsonElement root, SourceTally tally)
    {
        if (!root.IsArray("Response") || root.Object("PagingInfo")?.Int("Total") is not { } total) return null;
        var ids = root.Items("Response").Select(m => m.Int("Id")).OfType<int>().ToList();
        tally.Found(ids.Count);
        return new SourcePage<int>(total, ids);
    }

    private static SourceHit? Hit(JsonElement m)
    {
        if (m.Int("Id") is not { } id || m.Date("DateTabled") is not { } tabled) return null;
        var sponsor = m.Object("PrimarySponsor");
        return new SourceHit(MonitorSource.EarlyDayMotions, id.ToString(CultureInfo.InvariantCulture),
            sponsor?.MemberId("MnisId") ?? m.MemberId("MemberId"), sponsor?.Str("Name"), House.Commons,
            m.Str("Title") ?? "", SourceJson.PlainText(m.Str("MotionText")), tabled, $"https://edm.parliament.uk/early-day-motion/{id}")
        {
            // "1234A1" for an amendment to motion 1234, as the EDM site shows it.
            Reference = m.Str("UINWithAmendmentSuffix") ?? m.Str("UIN"),
            Signatures = m.Items("Sponsors").Select(Signature).OfType<EdmSignature>().ToList(),
        };
    }

    private static EdmSignature? Signature(JsonElement s)
    {
        var member = s.Object("Member");
        if ((member?.MemberId("MnisId") ?? s.MemberId("MemberId")) is not { } memberId || s.Date("CreatedWhen") is not { } signed) return null;
        // The first six names are the motion's sponsors; later signatures have no order or a higher one.
        return new EdmSignature(memberId, member?.Str("Name") ?? "", signed, s.Int("SponsoringOrder") is >= 1 and <= 6, s.Bool("IsWithdrawn"));
    }
}
