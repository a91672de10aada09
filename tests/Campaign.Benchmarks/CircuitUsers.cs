namespace Campaign.Benchmarks;

/// <summary>The concurrency entry's load users that speak the circuit protocol: what they lost and which JavaScript the app asked of them.</summary>
public sealed class CircuitUsers : IAsyncDisposable
{
    private readonly List<CircuitUser> _users = [];

    public int Lost => _users.Sum(u => u.CircuitsLost);

    public async Task<CircuitUser> SignInAsync(string baseUrl, int n)
    {
        var user = await CircuitUser.SignInAsync(baseUrl, n);
        _users.Add(user);
        return user;
    }

    /// <summary>BENCHMARK_CIRCUIT_LOG=1: the interop calls the first load user answered, to see what the app asks of a browser.</summary>
    public void ReportInterop()
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_CIRCUIT_LOG") != "1" || _users.Count == 0) return;
        foreach (var (identifier, count) in _users[0].Interop.Calls.OrderByDescending(c => c.Value))
            Console.WriteLine($"concurrency: JS interop {identifier} × {count}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users) await user.DisposeAsync();
    }
}
