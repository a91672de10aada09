using System.Text.RegularExpressions;

namespace Campaign.Benchmarks;

/// <summary>
/// A load user of the concurrency entry without a browser: signed in over HTTP, holding a real circuit
/// (<see cref="BlazorCircuit"/>), going dashboard → directory → a profile linked from the directory's first rows, as
/// the Chromium users click. Each step is timed from the navigation sent to the first render batch with that page's
/// data: the same moments <see cref="AppPages"/> waits for in the browser, less the browser's own work.
/// </summary>
public sealed partial class CircuitUser : IRouteUser, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The dashboard's last panel (AppPages: <c>[aria-label="Power and interest grid"]</c>).</summary>
    private const string DashboardShown = "Power and interest grid";

    /// <summary>The directory grid's data cells (AppPages: <c>td[data-label]</c>), rendered only with rows.</summary>
    private const string DirectoryRow = "data-label";

    /// <summary>A profile's action, inside the record shown once it has loaded (AppPages waits for its heading then).</summary>
    private const string ProfileShown = "Record position";

    private readonly CircuitHttp _http;
    private readonly string _name;
    private BlazorCircuit _circuit;
    private List<string> _profiles = [];
    private int _lost;

    private CircuitUser(CircuitHttp http, string name, BlazorCircuit circuit) => (_http, _name, _circuit) = (http, name, circuit);

    /// <summary>Circuits this user lost (each failure that ended one; a new one replaces it).</summary>
    public int CircuitsLost => Volatile.Read(ref _lost) + (_circuit.Lost is null ? 0 : 1);

    public CircuitJsInterop Interop => _circuit.Interop;

    /// <summary>User <paramref name="n"/> signed in, on the dashboard with its circuit up.</summary>
    public static async Task<CircuitUser> SignInAsync(string baseUrl, int n)
    {
        var http = new CircuitHttp(baseUrl);
        try
        {
            await http.SignInAsync(BenchmarkAccounts.Email(n), BenchmarkAccounts.Password);
            var name = $"user {n} (circuit)";
            return new CircuitUser(http, name, await BlazorCircuit.StartAsync(http, "", name, Timeout));
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public async Task<double> StepAsync(int step, Random random)
    {
        switch (step % ConcurrencyRoute.Steps)
        {
            case 0:
                return (await _circuit.NavigateAsync("", text => text.Contains(DashboardShown, StringComparison.Ordinal), Timeout)).Ms;
            case 1:
                var (ms, text) = await _circuit.NavigateAsync("stakeholders",
                    text => text.Contains(DirectoryRow, StringComparison.Ordinal) && ProfileLink().IsMatch(text), Timeout);
                // The batch's strings run in render order: the first twenty profile links are the first rows'.
                _profiles = ProfileLink().Matches(text).Select(m => m.Value).Distinct().Take(20).ToList();
                return ms;
            default:
                if (_profiles.Count == 0) throw new InvalidOperationException("no profile link was seen in the directory");
                var profile = _profiles[random.Next(_profiles.Count)].TrimStart('/');
                return (await _circuit.NavigateAsync(profile, text => text.Contains(ProfileShown, StringComparison.Ordinal), Timeout)).Ms;
        }
    }

    /// <summary>As a person would reload: a new circuit on the dashboard, the old one (if lost) counted.</summary>
    public async Task RecoverAsync(Exception failure)
    {
        if (_circuit.Lost is not null) Interlocked.Increment(ref _lost);
        await _circuit.DisposeAsync();
        _circuit = await BlazorCircuit.StartAsync(_http, "", _name, Timeout);
    }

    [GeneratedRegex(@"/stakeholders/\d+(?![\d/])")]
    private static partial Regex ProfileLink();

    public async ValueTask DisposeAsync()
    {
        await _circuit.DisposeAsync();
        _http.Dispose();
    }
}
