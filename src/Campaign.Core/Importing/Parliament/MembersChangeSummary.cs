namespace Campaign.Importing.Parliament;

/// <summary>What an import of Members API data changes, kept with the import batch as "changes since the last import".</summary>
public sealed record MembersChangeSummary(
    string FileName,
    DateTimeOffset At,
    string? ImportedBy,
    int MembersInFile,
    IReadOnlyList<MemberRef> New,
    IReadOnlyList<MemberChange> Changed,
    IReadOnlyList<MemberRef> Left,
    int Unchanged)
{
    /// <summary>Members in the file who were erased on request: skipped, so nothing about them is created or updated.</summary>
    public int ErasedSkipped { get; init; }

    /// <summary>Records Parliament sent that could not be used (e.g. no member id), each with the reason; the rest were imported.</summary>
    public IReadOnlyList<MemberNote> Skipped { get; init; } = [];

    /// <summary>Members with neither a status nor an end date: their status in the directory was kept, not guessed.</summary>
    public IReadOnlyList<MemberRef> StatusUnknown { get; init; } = [];

    /// <summary>
    /// New members with the name and seat of someone already in the directory without a member id (entered by hand).
    /// Never merged silently: they are added as new unless the match is confirmed.
    /// </summary>
    public IReadOnlyList<PossibleMatch> PossibleMatches { get; init; } = [];

    public bool HasChanges => New.Count > 0 || Changed.Count > 0;
}

/// <summary>A member by directory id (null until saved), Parliament id, name and a short description (party, seat).</summary>
public sealed record MemberRef(int? StakeholderId, int MemberId, string Name, string Detail);

public sealed record MemberChange(int? StakeholderId, int MemberId, string Name, IReadOnlyList<MemberFieldChange> Fields);

public sealed record MemberFieldChange(string Field, string? Before, string? After);

/// <summary>A record set aside: its member id (when it has one), the name it gave, and why.</summary>
public sealed record MemberNote(int? MemberId, string Name, string Reason);

/// <summary>A member from Parliament and the person in the directory who may be them.</summary>
public sealed record PossibleMatch(MemberRef Member, int StakeholderId, string StakeholderName, string Reason);

public sealed record MembersImportOutcome(IReadOnlyList<ImportProblem> Problems, MembersChangeSummary? Summary, bool Committed)
{
    public bool Succeeded => Problems.Count == 0 && Summary is not null;
}
