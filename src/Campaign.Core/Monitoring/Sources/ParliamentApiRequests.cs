using System.Net;
using System.Text.Json;
using Campaign.Importing.Parliament;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Campaign.Monitoring.Sources;

/// <summary>A page of a paged search: the API's total and this page's items.</summary>
internal sealed record SourcePage<T>(int Total, IReadOnlyList<T> Items);

/// <summary>
/// Requests to one of Parliament's APIs for a source client: at most <see cref="MonitorSourceOptions.MaxConcurrency"/>
/// in flight, every failure one sentence naming the API (the retries, timeouts and circuit breaker are the handler's,
/// see <see cref="MonitorSourceServices"/>).
/// </summary>
internal sealed class ParliamentApiRequests(HttpClient http, MonitorSourceOptions options, string api)
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, options.MaxConcurrency));

    /// <summary>The API as staff are told of it, e.g. "Parliament's Hansard API".</summary>
    public string Api { get; } = $"Parliament's {api}";

    public int PageSize { get; } = Math.Max(1, options.PageSize);

    /// <summary>Reads an answer and hands its JSON object to <paramref name="read"/>, which returns null when it is not <paramref name="shape"/>.</summary>
    public async Task<T> GetJsonAsync<T>(string url, string where, string shape, Func<JsonElement, T?> read, SourceTally tally, CancellationToken cancellationToken)
        where T : class =>
        Read(await GatedGetAsync(url, where, tally, false, cancellationToken) ?? [], where, shape, read);

    /// <summary>As <see cref="GetJsonAsync{T}"/>, but null when the API answers 404 (a bill id that does not exist).</summary>
    public async Task<T?> FindJsonAsync<T>(string url, string where, string shape, Func<JsonElement, T?> read, SourceTally tally, CancellationToken cancellationToken)
        where T : class =>
        await GatedGetAsync(url, where, tally, true, cancellationToken) is { } body ? Read(body, where, shape, read) : null;

    private T Read<T>(byte[] body, string where, string shape, Func<JsonElement, T?> read) where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new ParliamentApiException($"{Api} sent an answer that is not complete, valid JSON ({where}); nothing was changed.", ex);
        }
        using (document)
        {
            return (document.RootElement.ValueKind == JsonValueKind.Object ? read(document.RootElement) : null)
                   ?? throw new ParliamentApiException($"{Api} sent an answer that is not {shape} ({where}); nothing was changed.");
        }
    }

    /// <summary>
    /// Every page of a search: the first says how many there are, the rest are read together (the gate limits them).
    /// Items come back in the API's order.
    /// </summary>
    public async Task<IReadOnlyList<T>> AllPagesAsync<T>(Func<int, int, CancellationToken, Task<SourcePage<T>>> page, CancellationToken cancellationToken)
    {
        var take = PageSize;
        var first = await page(0, take, cancellationToken);
        var pages = (first.Total + take - 1) / take;
        var rest = await AllAsync(Enumerable.Range(1, Math.Max(0, pages - 1)).Select(p => (Func<CancellationToken, Task<SourcePage<T>>>)(token => page(p * take, take, token))), cancellationToken);
        return rest.Prepend(first).SelectMany(p => p.Items).ToList();
    }

    /// <summary>Runs the fetches together; the first failure cancels the rest and is the one reported.</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(IEnumerable<Func<CancellationToken, Task<T>>> fetches, CancellationToken cancellationToken)
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

    private async Task<byte[]?> GatedGetAsync(string url, string where, SourceTally tally, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await GetAsync(url, where, tally, notFoundIsNull, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]?> GetAsync(string url, string where, SourceTally tally, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        tally.Requested();
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound) return null;
            if (!response.IsSuccessStatusCode)
                throw new ParliamentApiException($"{Api} answered {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}) " +
                                                 $"for {where}{(IsTransient(response.StatusCode) ? ", also when asked again" : "")}; nothing was changed.");
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            tally.Read(body.Length);
            return body;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or TaskCanceledException or TimeoutException)
        {
            throw new ParliamentApiException($"{Api} did not answer within {options.TimeoutText}; nothing was changed.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ParliamentApiException($"{Api} has failed repeatedly, so it is left alone for a while; nothing was changed. Try again in a few minutes.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ParliamentApiException($"{Api} could not be reached ({ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the address was not found",
                HttpRequestError.ConnectionError => "no connection",
                HttpRequestError.ResponseEnded => "the answer was cut off",
                _ => "a network error",
            }}); nothing was changed.", ex);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
}
