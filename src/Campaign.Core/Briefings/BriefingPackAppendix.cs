using System.ComponentModel.DataAnnotations;
using Campaign.Library;

namespace Campaign.Briefings;

/// <summary>
/// A library PDF a pack carried after its own pages: the exact version included, and its title, number and label as
/// they were then, so the record still reads right when the library document is renamed or deleted.
/// </summary>
public class BriefingPackAppendix
{
    public int Id { get; set; }
    public int BriefingPackId { get; set; }
    public BriefingPack? BriefingPack { get; set; }

    /// <summary>0, 1, 2… in the order the appendices follow the pack's pages (Appendix A, B, C…).</summary>
    public int Position { get; set; }

    /// <summary>The version included; null once the library document has been deleted (the title and number remain).</summary>
    public int? LibraryVersionId { get; set; }
    public LibraryDocumentVersion? LibraryVersion { get; set; }

    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }

    public int VersionNumber { get; set; }

    [MaxLength(FieldLengths.Short)]
    public string? VersionLabel { get; set; }

    /// <summary>The pack page the appendix starts on (null when it went into a bulk zip as a file of its own), and its page count.</summary>
    public int? StartPage { get; set; }
    public int PageCount { get; set; }
}
