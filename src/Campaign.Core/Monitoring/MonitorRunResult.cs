using Campaign.Monitoring.Sources;

namespace Campaign.Monitoring;

public enum MonitorRunStatus
{
    Ran,
    Failed,
    NotFound,
}

/// <summary>Where a run is: sources searched of those it watches, requests made, items found so far.</summary>
public sealed record MonitorRunProgress(int SourcesDone, int SourcesTotal, int Requests, int ItemsFound);

/// <summary>What one run of a monitor did; <see cref="Message"/> is the sentence staff see.</summary>
public sealed record MonitorRunResult(MonitorRunStatus Status, string Message, int Found, int Added, int Updated, IReadOnlyDictionary<MonitorSource, int> FoundBySource)
{
    public static MonitorRunResult Failure(string message) => new(MonitorRunStatus.Failed, message, 0, 0, 0, new Dictionary<MonitorSource, int>());
}
