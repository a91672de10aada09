using System.Collections.Concurrent;
using System.Net;
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
/// Parliament's four search APIs the monitor reads (Hansard, written questions, Early Day Motions, bills) on 127.0.0.1,
/// one small Kestrel app with a path prefix per API (<see cref="HansardUrl"/> and the rest), in the real response formats.
/// Tests add to the lists between runs. Searches match a term case-insensitively anywhere in the title or text and
/// page with skip/take; every request is recorded, and faults are injected as for <see cref="FakeMembersApi"/>
/// (restrict one to an API with <see cref="On"/>).
/// </summary>
public sealed partial class FakeParliamentMonitorApis : IAsyncDisposable
{
    public const string Hansard = "/hansard", Questions = "/questions", Edm = "/edm", Bills = "/bills";

    private readonly WebApplication _app;
    private readonly List<Fault> _faults = [];
    private int _inFlight, _maxInFlight, _aborted;

    public List<FakeContribution> Contributions { get; } = [];
    public List<FakeQuestion> WrittenQuestions { get; } = [];
    public List<FakeMotion> Motions { get; } = [];
    public List<FakeBill> BillList { get; } = [];

    /// <summary>Every request as path and query (e.g. "/edm/EarlyDayMotion/12"), in the order they arrived.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>How long every answer takes (so requests overlap and the limit on them can be seen).</summary>
    public TimeSpan Latency { get; set; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Aborted => Volatile.Read(ref _aborted);

    public string Root { get; private set; } = "";
    public string HansardUrl => Root + Hansard;
    public string QuestionsUrl => Root + Questions + "/api";
    public string EdmUrl => Root + Edm;
    public string BillsUrl => Root + Bills + "/api/v1";

    private FakeParliamentMonitorApis(WebApplication app) => _app = app;

    public static async Task<FakeParliamentMonitorApis> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeParliamentMonitorApis(app);
        app.MapGet(Hansard + "/search/contributions/Spoken.json", c => api.ServeAsync(c, api.HansardPage));
        app.MapGet(Questions + "/api/writtenquestions/questions", c => api.ServeAsync(c, api.QuestionsPage));
        app.MapGet(Edm + "/EarlyDayMotions/list", c => api.ServeAsync(c, api.MotionsPage));
        app.MapGet(Edm + "/EarlyDayMotion/{id:int}", c => api.ServeAsync(c, api.Motion));
        app.MapGet(Bills + "/api/v1/Bills", c => api.ServeAsync(c, api.BillsPage));
        app.MapGet(Bills + "/api/v1/Bills/{id:int}", c => api.ServeAsync(c, api.Bill));
        app.MapGet(Bills + "/api/v1/Bills/{id:int}/Stages", c => api.ServeAsync(c, api.StagesPage));
        app.MapGet(Bills + "/api/v1/Bills/{id:int}/Stages/{stage:int}/Amendments", c => api.ServeAsync(c, api.AmendmentsPage));
        await app.StartAsync();
        api.Root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return api;
    }

    /// <summary>Makes the next (its times) matching requests misbehave.</summary>
    public void Inject(Fault fault)
    {
        lock (_faults) _faults.Add(fault);
    }

    /// <summary>A fault's <see cref="Fault.Where"/>: requests to one API (<see cref="Hansard"/>…), and optionally only its later pages.</summary>
    public static Func<HttpRequest, bool> On(string api, bool laterPagesOnly = false) => request =>
        request.Path.StartsWithSegments(api) && (!laterPagesOnly || IsLaterPage(request));

    /// <summary>Requests whose path and query contain <paramref name="text"/> (e.g. "/edm/EarlyDayMotion/").</summary>
    public int Count(string text) => Requests.Count(r => r.Query.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static bool IsLaterPage(HttpRequest request) =>
        request.Query.Any(q => q.Key.EndsWith("skip", StringComparison.OrdinalIgnoreCase) && q.Value != "0");

    private Fault? NextFault(HttpRequest request)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Remaining > 0 && (f.Where?.Invoke(request) ?? true));
            if (fault is not null) fault.Remaining--;
            return fault;
        }
    }

    private async Task ServeAsync(HttpContext context, Func<HttpRequest, JsonNode?> answer)
    {
        var request = context.Request;
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
            if (Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) == max) break;
        try
        {
            var fault = NextFault(request);
            Requests.Enqueue(new FakeRequest(request.Path + request.QueryString, request.Headers.UserAgent.ToString(), null, fault?.Kind));
            if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted);
            if (fault is { Kind: FaultKind.Status })
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is { } after) context.Response.Headers.RetryAfter = after;
                await context.Response.WriteAsync("{\"error\": \"fault injected\"}");
                return;
            }
            if (fault is { Kind: FaultKind.Hang }) await Task.Delay(fault.Delay, context.RequestAborted);
            if (answer(request) is not { } json)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var body = Encoding.UTF8.GetBytes(json.ToJsonString());
            if (fault is { Kind: FaultKind.Truncate }) body = body[..(body.Length * 2 / 3)];
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on a hanging answer: nothing to send.
            Interlocked.Increment(ref _aborted);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
