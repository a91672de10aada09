using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Campaign.Monitoring.Sources;

/// <summary>
/// Bills whose title mentions a phrase (<c>Bills</c>), updated since a date, each with its stages and the amendments
/// whose text mentions the phrase; or one bill added by hand (<see cref="BillAsync"/>).
/// </summary>
public sealed class BillsSource(HttpClient http, IOptionsMonitor<MonitorSourceOptions> options) : IMonitorSource
{
    private readonly ParliamentApiRequests _api = new(http, options.Get(MonitorSourceOptions.Bills), "Bills API");

    public MonitorSource Source => MonitorSource.Bills;

    public async Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken)
    {
        var ids = await _api.AllPagesAsync((skip, take, token) => _api.GetJsonAsync(
            $"Bills?SearchTerm={SourceJson.Query(phrase)}&Skip={skip}&Take={take}",
            $"bills mentioning \"{phrase}\", from number {skip + 1}", "a list of bills",
            root => ListPage(root, since, tally), tally, token), cancellationToken);
        var bills = await ParliamentApiRequests.AllAsync(ids.Distinct().Select(id => (Func<CancellationToken, Task<SourceHit?>>)(token => DetailAsync(id, [phrase], tally, token))), cancellationToken);
        return bills.OfType<SourceHit>().ToList();
    }

    /// <summary>A bill the campaign follows by hand, with the amendments matching any of <paramref name="phrases"/>; null when there is no such bill.</summary>
    public async Task<SourceHit?> BillAsync(int billId, IReadOnlyList<string> phrases, SourceTally tally, CancellationToken cancellationToken)
    {
        var hit = await DetailAsync(billId, phrases, tally, cancellationToken);
        if (hit is not null) tally.Found(1);
        return hit;
    }

    /// <summary>The bills on a page updated on or after <paramref name="since"/> (the API cannot filter by it).</summary>
    private static SourcePage<int>? ListPage(JsonElement root, DateOnly since, SourceTally tally)
    {
        if (!root.IsArray("items") || root.Int("totalResults") is not { } total) return null;
        var ids = root.Items("items").Where(b => b.Date("lastUpdate") >= since).Select(b => b.Int("billId")).OfType<int>().ToList();
        tally.Found(ids.Count);
        return new SourcePage<int>(total, ids);
    }

    private async Task<SourceHit?> DetailAsync(int billId, IReadOnlyList<string> phrases, SourceTally tally, CancellationToken cancellationToken)
    {
        var bill = await _api.FindJsonAsync($"Bills/{billId}", $"bill {billId}", "a bill", root => root.Int("billId") is null ? null : new StrongBox<JsonElement>(root.Clone()), tally, cancellationToken);
        if (bill?.Value is not { } b) return null;
        var stages = await _api.AllPagesAsync((skip, take, token) => _api.GetJsonAsync(
            $"Bills/{billId}/Stages?Skip={skip}&Take={take}", $"stages of bill {billId}, from number {skip + 1}", "a list of stages",
            root => Page(root, Stage), tally, token), cancellationToken);
        var searches = stages.SelectMany(stage => phrases.Select(phrase => (Func<CancellationToken, Task<IReadOnlyList<BillAmendmentInfo>>>)(token =>
            _api.AllPagesAsync((skip, take, inner) => _api.GetJsonAsync(
                $"Bills/{billId}/Stages/{stage.BillStageId}/Amendments?SearchTerm={SourceJson.Query(phrase)}&Skip={skip}&Take={take}",
                $"amendments to bill {billId} mentioning \"{phrase}\", from number {skip + 1}", "a list of amendments",
                root => Page(root, Amendment), tally, inner), token))));
        var amendments = (await ParliamentApiRequests.AllAsync(searches, cancellationToken)).SelectMany(a => a).DistinctBy(a => a.AmendmentId).ToList();
        return Hit(b, stages.OrderBy(s => s.SortOrder).ToList(), amendments);
    }

    private static SourcePage<T>? Page<T>(JsonElement root, Func<JsonElement, T?> item) where T : class =>
        root.IsArray("items") && root.Int("totalResults") is { } total ? new SourcePage<T>(total, root.Items("items").Select(item).OfType<T>().ToList()) : null;

    private static SourceHit Hit(JsonElement b, IReadOnlyList<BillStageInfo> stages, IReadOnlyList<BillAmendmentInfo> amendments)
    {
        var id = b.Int("billId")!.Value;
        var title = b.Str("shortTitle") ?? "";
        var longTitle = b.Str("longTitle");
        var sponsor = b.Items("sponsors").Select(s => s.Object("member")).FirstOrDefault(m => m is not null);
        var house = b.House("currentHouse");
        return new SourceHit(MonitorSource.Bills, id.ToString(CultureInfo.InvariantCulture), sponsor?.MemberId("memberId"), sponsor?.Str("name"),
            house, title, longTitle ?? "", b.Date("lastUpdate") ?? DateOnly.MinValue, $"https://bills.parliament.uk/bills/{id}")
        {
            Bill = new BillDetail(id, title, longTitle, house, b.Bool("isAct"), b.Date("billWithdrawn") is not null, b.Bool("isDefeated"), stages, amendments),
        };
    }

    private static BillStageInfo? Stage(JsonElement s) =>
        s.Int("id") is { } id
            ? new BillStageInfo(id, s.Int("stageId") ?? 0, s.Str("description") ?? "", s.House("house"), s.Int("sortOrder") ?? 0,
                s.Items("stageSittings").Select(x => x.Date("date")).OfType<DateOnly>().Order().ToList())
            : null;

    private static BillAmendmentInfo? Amendment(JsonElement a) =>
        a.Int("amendmentId") is { } id
            ? new BillAmendmentInfo(id, a.Int("billStageId") ?? 0, a.Str("amendmentNumber"), a.Str("decision"),
                string.Join(" ", a.Items("summaryText").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).OfType<string>()),
                a.Items("sponsors").Select(s => s.MemberId("memberId") is { } m ? new AmendmentSponsor(m, s.Str("name") ?? "") : null).OfType<AmendmentSponsor>().ToList())
            : null;
}
