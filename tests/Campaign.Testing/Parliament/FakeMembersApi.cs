using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campaign.Testing.Parliament;

/// <summary>
/// The UK Parliament Members API on 127.0.0.1 (a small Kestrel app, so faults down to a cut-off body or a hanging
/// page are plain code): <c>GET /api/Members/Search</c> with House, IsCurrentMember,
/// MembershipEnded.MembershipEndedSince, skip and take (at most 20), in the real response format. It records every
/// request and can be told to fail (see <see cref="Fault"/>), send ETags and answer 304.
/// </summary>
public sealed class FakeMembersApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<Fault> _faults = [];
    private int _inFlight, _maxInFlight, _aborted;

    public List<FakeMember> Members { get; }

    /// <summary>What <c>Members/{id}/Contact</c>, <c>/Synopsis</c> and <c>/Focus</c> answer, by member id; other ids get 404.</summary>
    public ConcurrentDictionary<int, FakeMemberDetails> Details { get; } = new();

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>Send an ETag with every page and answer 304 to a matching If-None-Match.</summary>
    public bool ETags { get; set; }

    /// <summary>How long every page takes (so requests overlap and the limit on them can be seen).</summary>
    public TimeSpan Latency { get; set; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Requests the client gave up on before they were answered (a cancelled refresh, a page that timed out).</summary>
    public int Aborted => Volatile.Read(ref _aborted);

    public string BaseUrl { get; private set; } = "";

    private FakeMembersApi(WebApplication app, List<FakeMember> members)
    {
        _app = app;
        Members = members;
    }

    public static async Task<FakeMembersApi> StartAsync(List<FakeMember> members)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeMembersApi(app, members);
        app.MapGet("/api/Members/Search", api.SearchAsync);
        app.MapGet("/api/Members/{id:int}/{part}", api.DetailsAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = address.TrimEnd('/') + "/api";
        return api;
    }

    /// <summary>Makes the next <see cref="Fault.Times"/> matching requests misbehave.</summary>
    public void Inject(Fault fault)
    {
        lock (_faults) _faults.Add(fault);
    }

    public int Count(Func<FakeRequest, bool>? where = null) => Requests.Count(where ?? (_ => true));

    private Fault? NextFault(HttpRequest request)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.Where?.Invoke(request) ?? true));
            if (fault is not null) fault.Remaining--;
            return fault;
        }
    }

    private async Task SearchAsync(HttpContext context)
    {
        var request = context.Request;
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
            if (Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) == max) break;
        try
        {
            var fault = NextFault(request);
            Requests.Enqueue(new FakeRequest(request.QueryString.Value ?? "", request.Headers.UserAgent.ToString(),
                request.Headers.IfNoneMatch.ToString() is { Length: > 0 } etag ? etag : null, fault?.Kind));
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted);
            if (fault is { Kind: FaultKind.Status })
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is { } after) context.Response.Headers.RetryAfter = after;
                await context.Response.WriteAsync("{\"error\": \"fault injected\"}");
                return;
            }
            if (fault is { Kind: FaultKind.Hang })
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }

            var body = Encoding.UTF8.GetBytes(Page(request, fault is { Kind: FaultKind.ShiftTotal } ? 1 : 0).ToJsonString());
            var tag = $"\"{Convert.ToHexString(SHA256.HashData(body))[..16]}\"";
            if (ETags && request.Headers.IfNoneMatch.ToString() == tag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = tag;
                return;
            }
            if (ETags) context.Response.Headers.ETag = tag;
            if (fault is { Kind: FaultKind.Truncate }) body = body[..(body.Length * 2 / 3)];
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on a hanging page: nothing to answer.
            Interlocked.Increment(ref _aborted);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task DetailsAsync(HttpContext context, int id, string part)
    {
        var fault = NextFault(context.Request);
        Requests.Enqueue(new FakeRequest(context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString(), null, fault?.Kind));
        JsonNode? value = Details.TryGetValue(id, out var details) ? part.ToLowerInvariant() switch
        {
            "contact" => details.Contact.DeepClone(),
            "synopsis" => details.Synopsis,
            "focus" => details.Focus.DeepClone(),
            _ => null,
        } : null;
        if (fault is { Kind: FaultKind.Status } || value is null && details is null)
        {
            context.Response.StatusCode = fault?.Status ?? StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(new JsonObject { ["value"] = value, ["links"] = new JsonArray() }.ToJsonString());
    }

    private JsonObject Page(HttpRequest request, int totalShift)
    {
        var query = request.Query;
        var house = int.TryParse(query["House"], out var h) ? h : (int?)null;
        var current = bool.TryParse(query["IsCurrentMember"], out var c) ? c : (bool?)null;
        var endedSince = DateOnly.TryParse(query["MembershipEnded.MembershipEndedSince"], out var since) ? since : (DateOnly?)null;
        var skip = int.TryParse(query["skip"], out var s) ? Math.Max(0, s) : 0;
        var take = int.TryParse(query["take"], out var t) ? Math.Clamp(t, 1, 20) : 20;
        List<FakeMember> matching;
        lock (Members)
            matching = Members.Where(m => (house is null || m.House == house) && (current is null || m.Current == current)
                                          && (endedSince is null || m.EndDate >= endedSince)).Select(m => m.Clone()).ToList();
        var items = new JsonArray(matching.Skip(skip).Take(take)
            .Select(m => (JsonNode)new JsonObject { ["value"] = m.Value, ["links"] = new JsonArray() }).ToArray());
        return new JsonObject
        {
            ["items"] = items, ["totalResults"] = matching.Count + totalShift, ["resultContext"] = null,
            ["skip"] = skip, ["take"] = take, ["links"] = new JsonArray(),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request as the fake saw it.</summary>
public sealed record FakeRequest(string Query, string UserAgent, string? IfNoneMatch, FaultKind? Fault)
{
    public bool IsFirstPage => Query.Contains("skip=0&", StringComparison.Ordinal) || Query.EndsWith("skip=0", StringComparison.Ordinal);
}

public enum FaultKind
{
    /// <summary>An HTTP error (e.g. 500, or 429 with Retry-After).</summary>
    Status,
    /// <summary>The page does not answer for <see cref="Fault.Delay"/>.</summary>
    Hang,
    /// <summary>The page's JSON is cut off two thirds in (with a matching Content-Length, as a broken proxy would send it).</summary>
    Truncate,
    /// <summary>The page reports one more result than there are, as if someone joined while the pages were read.</summary>
    ShiftTotal,
}

/// <summary>What goes wrong, for how many requests, and which (all when <see cref="Where"/> is null).</summary>
public sealed class Fault(FaultKind kind, int times = 1)
{
    public FaultKind Kind { get; } = kind;

    public int Remaining { get; set; } = times;

    public int Status { get; init; } = 500;

    public string? RetryAfter { get; init; }

    public TimeSpan Delay { get; init; } = TimeSpan.FromMinutes(1);

    public Func<HttpRequest, bool>? Where { get; init; }

    /// <summary>Only pages after the first of a search.</summary>
    public static bool LaterPage(HttpRequest request) => request.Query["skip"] != "0";
}

/// <summary>A member's Contact, Synopsis and Focus answers, in the API's shape.</summary>
public sealed record FakeMemberDetails(JsonArray Contact, string? Synopsis, JsonArray Focus)
{
    public static JsonObject Office(string type, string? email, string? phone, bool preferred = false, params string[] lines)
    {
        var office = new JsonObject
        {
            ["type"] = type, ["typeDescription"] = type, ["typeId"] = 1, ["isPreferred"] = preferred, ["isWebAddress"] = false,
            ["notes"] = null, ["phone"] = phone, ["fax"] = null, ["email"] = email,
        };
        for (var i = 0; i < 5; i++) office[$"line{i + 1}"] = i < lines.Length - 1 ? lines[i] : null;
        office["postcode"] = lines.Length > 0 ? lines[^1] : null;
        return office;
    }

    public static JsonObject Website(string url) => new()
    {
        ["type"] = "Website", ["isPreferred"] = false, ["isWebAddress"] = true, ["line1"] = url,
    };

    public static JsonObject Area(string category, params string[] items) => new()
    {
        ["category"] = category, ["focus"] = new JsonArray(items.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
    };
}
