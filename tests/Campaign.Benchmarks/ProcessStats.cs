using System.Globalization;

namespace Campaign.Benchmarks;

/// <summary>
/// CPU time and resident memory of other processes, read from /proc (Linux only): the app under test runs as a
/// process of its own, and the browsers driving it are children of Playwright's driver.
/// </summary>
public static class ProcessStats
{
    private const double TicksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on

    public static bool Available => File.Exists("/proc/self/stat");

    /// <summary>User plus system CPU time of one process (its own threads, not its children).</summary>
    public static TimeSpan Cpu(int pid) => Read(pid) is { } stat ? Seconds(stat.User + stat.System) : TimeSpan.Zero;

    /// <summary>
    /// CPU time of every live descendant of <paramref name="root"/> (not the root itself), leaving out the subtrees
    /// of <paramref name="except"/>. Each process counts its own time and that of children it has already reaped,
    /// so a Chromium renderer that has exited is still counted through its parent.
    /// </summary>
    public static TimeSpan DescendantsCpu(int root, params int[] except)
    {
        var all = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Read(pid) : null)
            .OfType<Stat>().ToList();
        var children = all.ToLookup(s => s.Parent);
        var ticks = 0L;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            foreach (var child in children[pid].Where(c => !except.Contains(c.Pid)))
            {
                ticks += child.User + child.System + child.ChildrenUser + child.ChildrenSystem;
                pending.Push(child.Pid);
            }
        }
        return Seconds(ticks);
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages ("2.10 1.85 1.40"), or null where /proc has none.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    /// <summary>Resident set size in MB (VmRSS), or null once the process has gone.</summary>
    public static double? ResidentMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException) { return null; }
    }

    private static TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private sealed record Stat(int Pid, int Parent, long User, long System, long ChildrenUser, long ChildrenSystem);

    private static Stat? Read(int pid)
    {
        string text;
        try { text = File.ReadAllText($"/proc/{pid}/stat"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
        // The command name (field 2) may hold spaces and brackets: the fields after it start past the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return new Stat(pid, (int)Field(4), Field(14), Field(15), Field(16), Field(17));
    }
}
