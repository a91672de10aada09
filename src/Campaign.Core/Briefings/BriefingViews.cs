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
}

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
