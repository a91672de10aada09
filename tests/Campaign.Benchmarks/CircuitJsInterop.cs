using System.Collections.Concurrent;
using System.Text.Json;

namespace Campaign.Benchmarks;

/// <summary>
/// Answers the app's JavaScript interop calls (<c>JS.BeginInvokeJS</c>) as a browser with nothing on screen would:
/// success, with no value, or a fresh object reference where .NET asked for one (a module import, say). Without an
/// answer the calling component waits for the interop timeout; with a failure it may throw into the circuit.
/// </summary>
public sealed class CircuitJsInterop
{
    // Microsoft.JSInterop's JSCallResultType.
    private const int ObjectReference = 1;
    private const int StreamReference = 2;

    private long _lastObjectId;

    /// <summary>Identifiers called so far and how often (BENCHMARK_CIRCUIT_LOG=1 prints them).</summary>
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    /// <summary>
    /// The <c>EndInvokeJSFromDotNet</c> arguments JSON: <c>[handle, succeeded, result]</c>, as blazor.web.js sends it.
    /// </summary>
    public string Answer(long handle, string identifier, string? argsJson, int resultType)
    {
        Calls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        var result = resultType switch
        {
            ObjectReference => new Dictionary<string, long> { ["__jsObjectId"] = Interlocked.Increment(ref _lastObjectId) },
            StreamReference => throw new NotSupportedException($"A stream from JavaScript ({identifier}) is not simulated."),
            _ => Value(identifier, argsJson),
        };
        return JsonSerializer.Serialize(new[] { handle, true, result });
    }

    /// <summary>
    /// What MudBlazor's and Blazor's functions return where .NET reads a value (MudBlazor.min.js 9.12): a count or a flag
    /// read as a value type would fail on null, and sizes as a 1366×900 window (the Chromium users' viewport) with
    /// nothing laid out. Everything else (local storage included: nothing stored) is null.
    /// </summary>
    private static object? Value(string identifier, string? argsJson) => identifier switch
    {
        "mudpopoverHelper.countProviders" => 1,
        "window.hasOwnProperty" => true, // MudBlazor asking whether its script has loaded
        "mudResizeListener.matchMedia" => false,
        "mudResizeListener.getBrowserWindowSize" => new { height = 900, width = 1366 },
        "mudElementRef.getBoundingClientRect" or "mudGetSvgBBox" => EmptyRect,
        // connect(id, listener, elements, ids, options): one rectangle per element observed.
        "mudResizeObserver.connect" => Enumerable.Repeat(EmptyRect, ArgumentLength(argsJson, 2)).ToArray(),
        _ => null,
    };

    private static readonly object EmptyRect = new { x = 0, y = 0, width = 0, height = 0, top = 0, left = 0, right = 0, bottom = 0 };

    private static int ArgumentLength(string? argsJson, int index)
    {
        if (argsJson is null) return 0;
        using var args = JsonDocument.Parse(argsJson);
        return args.RootElement.GetArrayLength() > index && args.RootElement[index].ValueKind == JsonValueKind.Array
            ? args.RootElement[index].GetArrayLength() : 0;
    }
}
