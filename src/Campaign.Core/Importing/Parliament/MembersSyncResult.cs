namespace Campaign.Importing.Parliament;

public enum MembersSyncStatus
{
    Previewed,
    Imported,
    /// <summary>Parliament's data matched the directory: nothing was written, not even an import batch.</summary>
    NothingChanged,
    /// <summary>The API could not be read (network, timeout, HTTP error, garbage); nothing was written.</summary>
    Failed,
    /// <summary>The data was read but could not be written (e.g. a value too long, repeated clashes); nothing was written.</summary>
    Refused,
    Cancelled,
}

/// <summary>What Parliament sent: the members to import, the records set aside, and what fetching them cost.</summary>
public sealed record MembersFetch(IReadOnlyList<MemberValue> Members, IReadOnlyList<MemberNote> Skipped, DateTimeOffset At,
    int Requests, int NotModified, long BytesRead, int Pages, TimeSpan Elapsed);

/// <summary>A sync's outcome; <see cref="Message"/> says in one sentence what happened.</summary>
public sealed record MembersSyncResult(MembersSyncStatus Status, string Message, MembersChangeSummary? Summary = null, MembersFetch? Fetched = null)
{
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>Comparing with the directory and (when importing) writing.</summary>
    public TimeSpan DatabaseTime { get; init; }

    public bool Committed => Status == MembersSyncStatus.Imported;
}
