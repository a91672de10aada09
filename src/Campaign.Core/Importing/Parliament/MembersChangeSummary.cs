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

    public bool HasChanges => New.Count > 0 || Changed.Count > 0;
}

/// <summary>A member by directory id (null until saved), Parliament id, name and a short description (party, seat).</summary>
public sealed record MemberRef(int? StakeholderId, int MemberId, string Name, string Detail);

public sealed record MemberChange(int? StakeholderId, int MemberId, string Name, IReadOnlyList<MemberFieldChange> Fields);

public sealed record MemberFieldChange(string Field, string? Before, string? After);

public sealed record MembersImportOutcome(IReadOnlyList<ImportProblem> Problems, MembersChangeSummary? Summary, bool Committed)
{
    public bool Succeeded => Problems.Count == 0 && Summary is not null;
}
