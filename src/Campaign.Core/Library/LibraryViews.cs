using System.ComponentModel.DataAnnotations;

namespace Campaign.Library;

/// <summary>A row of the library list: the document and its latest version.</summary>
public sealed record LibraryRow(int Id, string Title, LibraryDocumentKind Kind, LibraryVisibility Visibility,
    int? LatestVersionId, int? LatestNumber, string? LatestLabel, long? LatestLength, DateTimeOffset UpdatedAt);

public sealed record LibraryDocumentView(int Id, string Title, LibraryDocumentKind Kind, LibraryVisibility Visibility, string? Description,
    long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Newest first.</summary>
    public IReadOnlyList<LibraryVersionRow> Versions { get; init; } = [];
}

public sealed record LibraryVersionRow(int Id, int Number, string? Label, string FileName, string ContentType, long Length, int? PageCount,
    string? ChangeNote, string? UploadedBy, DateTimeOffset UploadedAt);

/// <summary>What the list shows: one kind or all, and titles containing the search words.</summary>
public sealed record LibraryFilter(LibraryDocumentKind? Kind = null, string? Search = null);

/// <summary>A document's own fields, for a new document and for an edit (which carries the version it was loaded at).</summary>
public sealed class LibraryDocumentInput
{
    [Required(ErrorMessage = "Give the document a title.")]
    [MaxLength(FieldLengths.Title, ErrorMessage = "The title is at most 300 characters.")]
    public string Title { get; set; } = "";

    public LibraryDocumentKind Kind { get; set; } = LibraryDocumentKind.BriefingPaper;

    public LibraryVisibility Visibility { get; set; } = LibraryVisibility.StaffOnly;

    [MaxLength(FieldLengths.Line, ErrorMessage = "The description is at most 500 characters.")]
    public string? Description { get; set; }

    public long Version { get; set; }
}

/// <summary>What a new version says about itself.</summary>
public sealed class LibraryVersionInput
{
    [MaxLength(FieldLengths.Short, ErrorMessage = "The version label is at most 50 characters.")]
    public string? Label { get; set; }

    [MaxLength(FieldLengths.Line, ErrorMessage = "The change note is at most 500 characters.")]
    public string? ChangeNote { get; set; }
}

/// <summary>
/// An uploaded file as it arrives: its name, its bytes as a stream, and the length the browser declared (when it did), which
/// is checked before anything is read.
/// </summary>
public sealed record LibraryUpload(string FileName, Stream Content, long? DeclaredLength);

/// <summary>An image in the library a letterhead can use: "IPEM logo (version 2, Blue)".</summary>
public sealed record LibraryImageOption(int VersionId, string Title, int Number, string? Label)
{
    public string Text => Label is null ? $"{Title} (version {Number})" : $"{Title} (version {Number}, {Label})";
}
