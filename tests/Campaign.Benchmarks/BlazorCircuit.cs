using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campaign.Benchmarks;

/// <summary>
/// A browser tab's circuit without the browser: the same hub calls blazor.web.js (ASP.NET Core 10) makes on
/// <c>/_blazor</c>, so the server holds and renders a real circuit. Starting: <c>StartCircuit</c> with no components,
/// then <c>UpdateRootComponents</c> adding the prerendered page's server markers with its persisted state. Every render
/// batch is acknowledged (<c>OnRenderCompleted</c>; the server stops sending after ten unacknowledged ones) and every
/// JavaScript interop call answered (<see cref="CircuitJsInterop"/>). Navigation is what the client-side router sends
/// for a link clicked: <c>OnLocationChanged(uri, state, intercepted)</c>. Nothing is laid out or drawn: a page counts as
/// shown when a render batch carries text that only its data brings (batches carry their strings as UTF-8).
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    /// <summary>What the layout renders once the circuit's first render is done (as <see cref="Chromium.WaitForInteractiveAsync"/>).</summary>
    private const string Interactive = "data-interactive";

    /// <summary>The page error boundary's heading: the page failed on the server (the circuit lives on).</summary>
    private const string PageError = "page-error-heading";

    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";

    private readonly HubConnection _hub;
    private readonly Uri _baseUri;
    private readonly Lock _gate = new();
    private Wait? _wait;
    private string? _lost;
    private volatile bool _disposing;
    private long _batches;
    private string _location;

    private BlazorCircuit(HubConnection hub, Uri baseUri, Uri location) => (_hub, _baseUri, _location) = (hub, baseUri, location.ToString());

    public CircuitJsInterop Interop { get; } = new();

    /// <summary>Why the circuit ended (closed connection, or the server's <c>JS.Error</c>), or null while it lives.</summary>
    public string? Lost => Volatile.Read(ref _lost);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>A circuit on <paramref name="path"/>, signed in by <paramref name="http"/>'s cookies, once its first render is done.</summary>
    public static async Task<BlazorCircuit> StartAsync(CircuitHttp http, string path, string name, TimeSpan timeout)
    {
        var page = await http.GetPageAsync(path);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(http.BaseUri, "_blazor"), options =>
            {
                options.Cookies = http.Cookies;
                options.Transports = HttpTransportType.WebSockets;
            })
            .ConfigureLogging(logging => logging.AddProvider(new CircuitLog(name)));
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var circuit = new BlazorCircuit(builder.Build(), http.BaseUri, page.Address);
        try
        {
            circuit.Listen();
            await circuit._hub.StartAsync();
            var secret = await circuit._hub.InvokeAsync<string?>("StartCircuit", http.BaseUri.ToString(), page.Address.ToString(), "[]", page.State);
            if (secret is null) throw new InvalidOperationException($"{name}: the server refused to start a circuit ({circuit.Lost}).");
            var ready = circuit.Arm(text => text.Contains(Interactive, StringComparison.Ordinal));
            await circuit._hub.SendAsync("UpdateRootComponents", AddOperations(page), page.State);
            await ready.Shown.Task.WaitAsync(timeout);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Navigates as a click on an app link does, and returns the milliseconds from sending it to the first render batch
    /// whose text satisfies <paramref name="shown"/>, with that text.
    /// </summary>
    public async Task<(double Ms, string Text)> NavigateAsync(string path, Func<string, bool> shown, TimeSpan timeout)
    {
        var wait = Arm(shown);
        var started = Stopwatch.GetTimestamp();
        _location = new Uri(_baseUri, path).ToString();
        await _hub.SendAsync("OnLocationChanged", _location, null, true);
        var (at, text) = await wait.Shown.Task.WaitAsync(timeout);
        return (Stopwatch.GetElapsedTime(started, at).TotalMilliseconds, text);
    }

    /// <summary>The UpdateRootComponents batch: one "add" per marker, numbered from 1 in document order as blazor.web.js does.</summary>
    private static string AddOperations(PrerenderedPage page)
    {
        var operations = new JsonArray();
        for (var i = 0; i < page.Markers.Count; i++)
        {
            var marker = page.Markers[i].DeepClone().AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    private void Listen()
    {
        _hub.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            Interlocked.Increment(ref _batches);
            OnBatch(Encoding.Latin1.GetString(data));
            await _hub.SendAsync("OnRenderCompleted", id, null);
        });
        // (handle, identifier, argsJson, resultType, targetInstanceId, callType): blazor.web.js's beginInvokeJSFromDotNet.
        _hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var (handle, identifier, argsJson, resultType) = ((long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!);
            var answer = Interop.Answer(handle, identifier, argsJson, resultType);
            if (handle != 0) await _hub.SendAsync("EndInvokeJSFromDotNet", handle, true, answer);
            if (identifier == NavigateTo) await FollowAsync(argsJson);
        });
        // Which root component (id) goes where in the page (the ssrComponentId); nothing is drawn here.
        _hub.On<int, string>("JS.AttachComponent", (_, _) => { });
        _hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        _hub.On<string>("JS.Error", error => End($"the server ended the circuit: {error}"));
        _hub.Closed += error =>
        {
            if (!_disposing) End($"the connection closed{(error is null ? "" : $": {error.Message}")}");
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// The server's NavigationManager.NavigateTo (e.g. the directory putting its filters in the address): blazor.web.js
    /// changes the address and reports it back as a location change not from a link (intercepted false). A full page
    /// load (forceLoad, such as the redirect to sign in) is not simulated: it fails the page being waited for.
    /// </summary>
    private async Task FollowAsync(string? argsJson)
    {
        var args = JsonNode.Parse(argsJson ?? "[]")!.AsArray();
        var target = new Uri(new Uri(_location), (string)args[0]!);
        var options = args.Count > 1 ? args[1] : null;
        if ((bool?)options?["forceLoad"] == true)
        {
            Fail($"the app asked for a full page load of {target}");
            return;
        }
        _location = target.ToString();
        await _hub.SendAsync("OnLocationChanged", _location, (string?)options?["historyEntryState"], false);
    }

    private void OnBatch(string text)
    {
        Wait? done = null;
        var failed = text.Contains(PageError, StringComparison.Ordinal);
        lock (_gate)
        {
            if (_wait is { } wait && (failed || wait.Predicate(text))) (done, _wait) = (wait, null);
        }
        if (done is null) return;
        if (failed) done.Shown.TrySetException(new InvalidOperationException("the page showed its error message"));
        else done.Shown.TrySetResult((Stopwatch.GetTimestamp(), text));
    }

    private Wait Arm(Func<string, bool> shown)
    {
        var wait = new Wait(shown);
        lock (_gate)
        {
            if (Lost is { } lost) throw new InvalidOperationException(lost);
            _wait = wait;
        }
        return wait;
    }

    private void Fail(string reason)
    {
        Wait? wait;
        lock (_gate) (wait, _wait) = (_wait, null);
        wait?.Shown.TrySetException(new InvalidOperationException(reason));
    }

    private void End(string reason)
    {
        Wait? wait;
        lock (_gate)
        {
            _lost ??= reason;
            (wait, _wait) = (_wait, null);
        }
        wait?.Shown.TrySetException(new InvalidOperationException(reason));
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        await _hub.DisposeAsync();
    }

    private sealed class Wait(Func<string, bool> predicate)
    {
        public Func<string, bool> Predicate => predicate;
        public TaskCompletionSource<(long At, string Text)> Shown { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
