using Campaign.Engagements;

namespace Campaign.Briefings;

/// <summary>A pack file to send to the browser.</summary>
public sealed record BriefingDownload(int PackId, string FileName, string ContentType, byte[] Content);

/// <summary>One row of /briefings.</summary>
public sealed record BriefingPackRow(
    int Id,
    DateTimeOffset GeneratedAt,
    string? GeneratedBy,
    int? StakeholderId,
    string? StakeholderName,
    int? InteractionId,
    string? InteractionTitle,
    string? ListDescription,
    bool IsInternal,
    int PageCount,
    string FileHash,
    string? FileName,
    long? FileLength)
{
    /// <summary>The statement versions used, e.g. "MP v3".</summary>
    public IReadOnlyList<string> TemplateVersions { get; init; } = [];

    /// <summary>The library PDFs it carried, e.g. "A: Terms of reference (v2), page 7".</summary>
    public IReadOnlyList<string> Appendices { get; init; } = [];
}

/// <summary>A library document whose latest version is a PDF, so a pack can carry it.</summary>
public sealed record AppendableDocument(int Id, string Title, bool SharedWithCoalition, int LatestNumber, string? LatestLabel)
{
    /// <summary>Earlier PDF versions, newest first, for pinning.</summary>
    public IReadOnlyList<AppendableVersion> OlderVersions { get; init; } = [];
}

public sealed record AppendableVersion(int Id, int Number, string? Label);

/// <summary>A planned interaction a meeting pack can be made for.</summary>
public sealed record UpcomingMeeting(int Id, DateTime OccurredAt, InteractionKind Kind, string Title, string? Location, bool IsConfidential)
{
    public IReadOnlyList<string> Attendees { get; init; } = [];

    /// <summary>A shareable pack can be made: a confidential meeting is not in the coalition view.</summary>
    public bool CanBeShared => !IsConfidential;
}

/// <summary>How far a bulk export has got.</summary>
public sealed record BulkExportProgress(int Done, int Total);

/// <summary>A pack that could not be made, with a message for the person who asked.</summary>
public sealed class BriefingException(string message) : Exception(message);
