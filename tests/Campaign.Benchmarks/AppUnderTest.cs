using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Campaign.Benchmarks;

/// <summary>
/// The real app (src/Campaign.Web, built in this harness's configuration) as a process of its own on a copy of the
/// synthetic database, in Production, on 127.0.0.1 and a port Kestrel picks. Its output goes to a temporary log,
/// whose tail is printed if it does not start. Disposing kills it (and anything it started).
/// </summary>
public sealed partial class AppUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppUnderTest(Process process, string logPath)
    {
        _process = process;
        LogPath = logPath;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string BaseUrl { get; private set; } = "";
    public int Pid => _process.Id;
    public string LogPath { get; }

    /// <summary>CPU time the app has used so far (all its threads).</summary>
    public TimeSpan Cpu => ProcessStats.Cpu(Pid);

    public static async Task<AppUnderTest> StartAsync(string databasePath)
    {
        var dll = typeof(AppUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CampaignWebDll").Value!;
        if (!File.Exists(dll)) throw new FileNotFoundException($"The app is not built at {dll}: build src/Campaign.Web in this configuration.", dll);
        var start = new ProcessStartInfo(DotnetHost(), [dll])
        {
            // The content root (appsettings.json, the static web assets manifest) is the app's output folder.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Campaign"] = $"Data Source={databasePath}";
        // Never a refresh from the real Parliament (there is no internet here, and it would be load of its own).
        start.Environment["Parliament__MembersSync__Nightly"] = "false";
        // Kestrel's "Now listening on" line tells the port; it is logged at Information.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // dotnet run sets these for the harness; they are not the app's.
        start.Environment.Remove("DOTNET_LAUNCH_PROFILE");
        start.Environment.Remove("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppUnderTest(process, Path.Combine(Path.GetTempPath(), $"campaign-bench-app-{Guid.NewGuid():N}.log"));
        process.OutputDataReceived += (_, e) => app.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnOutput(e.Data);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app exited with code {process.ExitCode} while starting."));
        try
        {
            process.Start();
            Running.Add(app);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            app.BaseUrl = (await app._listening.Task.WaitAsync(StartTimeout)).TrimEnd('/');
            await app.WaitUntilServingAsync();
            return app;
        }
        catch (Exception ex)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app did not start ({ex.Message}). The end of its log ({app.LogPath}):{Environment.NewLine}{app.Tail(40)}", ex);
        }
    }

    /// <summary>The last lines of the app's output.</summary>
    public string Tail(int lines)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join(Environment.NewLine, all.TakeLast(lines));
        }
        catch (IOException ex) { return $"(log unreadable: {ex.Message})"; }
    }

    private void OnOutput(string? line)
    {
        if (line is null) return;
        lock (_log) _log.WriteLine(line);
        if (Listening().Match(line) is { Success: true } match) _listening.TrySetResult(match.Groups[1].Value);
    }

    /// <summary>The sign-in page answers once the app has migrated the database and is serving requests.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/account/login");
                if (response.IsSuccessStatusCode) return;
                if (deadline.Elapsed > StartTimeout) throw new InvalidOperationException($"/account/login answered {(int)response.StatusCode}");
            }
            catch (HttpRequestException) when (deadline.Elapsed < StartTimeout) { }
            await Task.Delay(200);
        }
    }

    /// <summary>The dotnet host that runs this harness (dotnet run sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public async ValueTask DisposeAsync()
    {
        Running.Remove(this);
        Kill();
        try { await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException) { /* killed, or never started */ }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { /* never started, or gone */ }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    /// <summary>Apps still running when the harness is stopped (Ctrl+C) or exits on an unhandled error are killed then.</summary>
    private static readonly RunningApps Running = new();

    private sealed class RunningApps
    {
        private readonly HashSet<AppUnderTest> _apps = [];

        public RunningApps()
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
            Console.CancelKeyPress += (_, _) => KillAll();
        }

        public void Add(AppUnderTest app) { lock (_apps) _apps.Add(app); }
        public void Remove(AppUnderTest app) { lock (_apps) _apps.Remove(app); }

        private void KillAll()
        {
            lock (_apps) foreach (var app in _apps) app.Kill();
        }
    }
}
