using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;

namespace Campaign.Library;

public enum LibraryDocumentKind
{
    BriefingPaper,
    TermsOfReference,
    ConsultationResponse,
    Letter,
    Other,
}

/// <summary>Who may read a library document. Coalition members see only <see cref="Coalition"/> documents.</summary>
public enum LibraryVisibility
{
    StaffOnly,
    Coalition,
}

/// <summary>A document in the campaign library: its title, kind and visibility; the files are its versions.</summary>
public class LibraryDocument : IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }

    public LibraryDocumentKind Kind { get; set; }
    public LibraryVisibility Visibility { get; set; }

    [MaxLength(FieldLengths.Line)]
    public string? Description { get; set; }

    /// <summary>Every upload, oldest first; none is ever replaced.</summary>
    public List<LibraryDocumentVersion> Versions { get; set; } = [];

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One uploaded file of a library document. Immutable once written; its bytes are in <see cref="LibraryFile"/>.</summary>
public class LibraryDocumentVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public LibraryDocument? Document { get; set; }

    /// <summary>1, 2, 3… within the document, in upload order.</summary>
    public int Number { get; set; }

    /// <summary>The version as the document itself names it ("v2.1", "Final"), when given.</summary>
    [MaxLength(FieldLengths.Short)]
    public string? Label { get; set; }

    [MaxLength(FieldLengths.Line)]
    public required string FileName { get; set; }

    /// <summary>The type read from the bytes (application/pdf, …), never the one the browser claimed.</summary>
    [MaxLength(100)]
    public required string ContentType { get; set; }

    public long Length { get; set; }

    [MaxLength(64)]
    public required string Sha256 { get; set; }

    /// <summary>For a PDF, its page count (read when it was checked on upload).</summary>
    public int? PageCount { get; set; }

    [MaxLength(FieldLengths.Line)]
    public string? ChangeNote { get; set; }

    public string? UploadedById { get; set; }
    public CampaignUser? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>
/// The bytes of one version, in a table of their own so that listing versions never reads a file; read back as a
/// stream (SQLite's blob API, Npgsql's sequential reader) so a 25 MB download is never held in memory whole.
/// </summary>
public class LibraryFile
{
    public int VersionId { get; set; }
    public LibraryDocumentVersion? DocumentVersion { get; set; }
    public required byte[] Content { get; set; }
}
