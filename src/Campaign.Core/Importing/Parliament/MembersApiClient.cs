using System.Globalization;
using System.Net;
using System.Text.Json;
using Campaign.Stakeholders;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Campaign.Importing.Parliament;

/// <summary>One Members API search: a House, current members or those who left since a date.</summary>
public sealed record MembersSearch(House House, bool Current, DateOnly? EndedSince = null)
{
    public string Describe => $"{(House == House.Lords ? "Lords" : "Commons")} {(Current ? "current members" : "members who left")}";

    internal string Url(int skip, int take) =>
        $"Members/Search?House={(int)House}&IsCurrentMember={(Current ? "true" : "false")}" +
        (EndedSince is { } since ? $"&MembershipEnded.MembershipEndedSince={since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "") +
        $"&skip={skip}&take={take}";
}

/// <summary>
/// The UK Parliament Members API (typed client; the retry, timeouts and circuit breaker are the handler's, see
/// <see cref="CampaignCoreServices"/>). Pages of a search are fetched at most <see cref="MembersApiOptions.MaxConcurrency"/>
/// at a time across everything this client fetches, and a page the API says is unchanged (304) is reused.
/// </summary>
public sealed class MembersApiClient
{
    private readonly HttpClient _http;
    private readonly MembersApiOptions _options;
    private readonly MembersApiCache _cache;
    private readonly SemaphoreSlim _gate;

    public MembersApiClient(HttpClient http, IOptions<MembersApiOptions> options, MembersApiCache cache)
    {
        _http = http;
        _options = options.Value;
        _cache = cache;
        _gate = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrency));
    }

    /// <summary>Every member record of a search, in the API's order.</summary>
    /// <exception cref="MembersApiException">The API could not be read; the message says why in one sentence.</exception>
    public async Task<IReadOnlyList<JsonElement>> SearchAsync(MembersSearch search, MembersFetchTally tally, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(_options.PageSize, 1, 20);
        // A total that moves while the pages are read (a by-election, a new peer) would skip or repeat someone: the
        // search is read again from the start once, then the sync gives up rather than import a torn list.
        for (var attempt = 1; ; attempt++)
        {
            var first = await PageAsync(search, 0, take, tally, cancellationToken);
            var pages = (first.TotalResults + take - 1) / take;
            tally.Expect(Math.Max(0, pages - 1));
            var rest = await FetchAllAsync(Enumerable.Range(1, Math.Max(0, pages - 1)).Select(p => (Func<CancellationToken, Task<Page>>)(token => PageAsync(search, p * take, take, tally, token))), cancellationToken);
            var all = rest.Prepend(first).ToList();
            var items = all.SelectMany(p => p.Items).ToList();
            if (all.All(p => p.TotalResults == first.TotalResults) && items.Count == first.TotalResults) return items;
            if (attempt == 2)
                throw new MembersApiException($"Parliament's Members API changed its list of {search.Describe} while it was being read, twice; nothing was changed. Try again in a few minutes.");
            tally.Expect(1);
        }
    }

    /// <summary>A member's contact details, synopsis and areas of focus: three requests, within the same limit on requests in flight.</summary>
    /// <exception cref="MembersApiException">The API could not be read; the message says why in one sentence.</exception>
    public async Task<MemberDetails> DetailsAsync(int memberId, CancellationToken cancellationToken)
    {
        var tally = new MembersFetchTally(0, null);
        var contact = ValueAsync($"Members/{memberId}/Contact", $"contact details of member {memberId}", tally, cancellationToken);
        var synopsis = ValueAsync($"Members/{memberId}/Synopsis", $"synopsis of member {memberId}", tally, cancellationToken);
        var focus = ValueAsync($"Members/{memberId}/Focus", $"areas of focus of member {memberId}", tally, cancellationToken);
        await Task.WhenAll(contact, synopsis, focus);
        return new MemberDetails(MemberDetailsReader.Contacts(await contact), MemberDetailsReader.Synopsis(await synopsis), MemberDetailsReader.Focus(await focus));
    }

    private async Task<JsonElement> ValueAsync(string url, string what, MembersFetchTally tally, CancellationToken cancellationToken)
    {
        var body = await GatedGetAsync(url, what, tally, cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("value", out var value) ? value.Clone() : default;
        }
        catch (JsonException ex)
        {
            throw new MembersApiException($"Parliament's Members API sent the {what} as something that is not valid JSON; nothing was changed.", ex);
        }
    }

    /// <summary>Runs the fetches together (the gate limits them); the first failure cancels the rest and is the one reported.</summary>
    private static async Task<IReadOnlyList<Page>> FetchAllAsync(IEnumerable<Func<CancellationToken, Task<Page>>> fetches, CancellationToken cancellationToken)
    {
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = fetches.Select(async fetch =>
        {
            try
            {
                return await fetch(failFast.Token);
            }
            catch
            {
                await failFast.CancelAsync();
                throw;
            }
        }).ToList();
        try
        {
            return await Task.WhenAll(tasks);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            throw tasks.Select(t => t.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException)
                  ?? tasks.First(t => t.IsFaulted || t.IsCanceled).Exception?.InnerException ?? new OperationCanceledException();
        }
    }

    private sealed record Page(int TotalResults, IReadOnlyList<JsonElement> Items);

    private async Task<Page> PageAsync(MembersSearch search, int skip, int take, MembersFetchTally tally, CancellationToken cancellationToken)
    {
        var where = $"{search.Describe}, from number {skip + 1}";
        var body = await GatedGetAsync(search.Url(skip, take), where, tally, cancellationToken);
        var page = Parse(body, where);
        tally.PageRead(page.Items.Count);
        return page;
    }

    /// <summary>A request within the client's limit on requests in flight.</summary>
    private async Task<byte[]> GatedGetAsync(string url, string where, MembersFetchTally tally, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await GetAsync(url, where, tally, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> GetAsync(string url, string where, MembersFetchTally tally, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var cached = _cache.Get(url);
        if (cached?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (cached?.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        tally.Requested();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
            {
                tally.Reused();
                return cached.Body;
            }
            if (!response.IsSuccessStatusCode)
                throw new MembersApiException($"Parliament's Members API answered {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}) " +
                                              $"for the {where}{(IsTransient(response.StatusCode) ? ", also when asked again" : "")}; nothing was changed.");
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            tally.Read(body.Length);
            if (response.Headers.ETag is not null || response.Content.Headers.LastModified is not null)
                _cache.Put(url, new CachedPage(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, body));
            return body;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or TaskCanceledException or TimeoutException)
        {
            throw new MembersApiException($"Parliament's Members API did not answer within {_options.TimeoutText}; nothing was changed.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new MembersApiException("Parliament's Members API has failed repeatedly, so it is left alone for a while; nothing was changed. Try again in a few minutes.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new MembersApiException($"Parliament's Members API could not be reached ({ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the address was not found",
                HttpRequestError.ConnectionError => "no connection",
                HttpRequestError.ResponseEnded => "the answer was cut off",
                _ => "a network error",
            }}); nothing was changed.", ex);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    private static Page Parse(byte[] body, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new MembersApiException($"Parliament's Members API sent a page that is not complete, valid JSON ({where}); nothing was changed.", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("totalResults", out var total) || !total.TryGetInt32(out var totalResults))
                throw new MembersApiException($"Parliament's Members API sent a page that is not a list of members ({where}); nothing was changed.");
            return new Page(totalResults, items.EnumerateArray().Select(i => i.Clone()).ToList());
        }
    }
}
