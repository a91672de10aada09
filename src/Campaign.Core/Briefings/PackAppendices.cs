using Campaign.Confidentiality;
using Campaign.Documents;
using Campaign.Library;

namespace Campaign.Briefings;

/// <summary>A library document to append to a pack: its latest version when exported, or the pinned one.</summary>
public sealed record PackAppendixRequest(int DocumentId, int? PinnedVersionId = null);

/// <summary>A library version chosen for a pack, with its bytes and page count.</summary>
internal sealed record PackAppendix(int Position, int VersionId, string Title, int VersionNumber, string? Label, byte[] Pdf, int Pages)
{
    public string Letter => ((char)('A' + Position)).ToString();

    /// <summary>"A new regulatory framework for clinical technologists (v3)".</summary>
    public string Heading => $"{Title} ({VersionText(VersionNumber, Label)})";

    /// <summary>The name of the run of pages, for the contents' page numbers.</summary>
    public string Location => $"appendix-{Letter}";

    public static string VersionText(int number, string? label) => PackAppendixText.Version(number, label);
}

/// <summary>How packs and pages name a library version.</summary>
public static class PackAppendixText
{
    /// <summary>"v3", or "v3, Final" when the version has a label.</summary>
    public static string Version(int number, string? label) => label is null ? $"v{number}" : $"v{number}, {label}";
}

/// <summary>
/// Which library PDFs a pack may carry. The exporter must be allowed to see each document, and a shareable pack only
/// carries documents the coalition may see; only PDFs can be appended. Every refusal names the document.
/// </summary>
internal static class PackAppendices
{
    /// <summary>Appendix A to J: more would be a library, not a briefing.</summary>
    public const int Max = 10;

    public static async Task<IReadOnlyList<PackAppendix>> ResolveAsync(
        CampaignDbContext db, Actor actor, int campaignId, BriefingEdition edition, IReadOnlyList<PackAppendixRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0) return [];
        if (requests.Count > Max) throw new BriefingException($"A pack can carry at most {Max} appendices; {requests.Count} were chosen.");

        var ids = requests.Select(r => r.DocumentId).ToList();
        var documents = await db.LibraryDocuments.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(d => ids.Contains(d.Id) && d.CampaignId == campaignId)
            .Select(d => new { d.Id, d.Title })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var shareable = await db.LibraryDocuments.AsNoTracking().VisibleTo(Clearances.Of(edition))
            .Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);

        var result = new List<PackAppendix>();
        foreach (var (request, position) in requests.Select((r, i) => (r, i)))
        {
            // A document the exporter may not see is "not found": its title is not theirs to read.
            if (!documents.TryGetValue(request.DocumentId, out var document))
                throw new BriefingException($"Library document #{request.DocumentId} does not exist or is not available to you, so it cannot be appended.");
            if (requests.Take(position).Any(r => r.DocumentId == request.DocumentId))
                throw new BriefingException($"“{document.Title}” is chosen twice; append each document once.");
            if (!shareable.Contains(document.Id))
                throw new BriefingException($"“{document.Title}” is for staff only, so it cannot be appended to a shareable pack. Share it with the coalition in the library first, or make an internal pack.");

            var versions = db.LibraryDocumentVersions.AsNoTracking().Where(v => v.DocumentId == document.Id);
            var version = await (request.PinnedVersionId is { } pinned ? versions.Where(v => v.Id == pinned) : versions.OrderByDescending(v => v.Number).Take(1))
                .Select(v => new { v.Id, v.Number, v.Label, v.ContentType, v.FileName })
                .SingleOrDefaultAsync(cancellationToken);
            if (version is null)
                throw new BriefingException(request.PinnedVersionId is null
                    ? $"“{document.Title}” has no file yet, so it cannot be appended."
                    : $"Version #{request.PinnedVersionId} is not a version of “{document.Title}”.");
            var name = $"“{document.Title}” ({PackAppendix.VersionText(version.Number, version.Label)})";
            if (version.ContentType != Library.FileTypeSniffer.Pdf)
                throw new BriefingException($"{name} is {version.FileName}, not a PDF; only PDFs can be appended to a pack.");

            var pdf = await db.LibraryFiles.AsNoTracking().Where(f => f.VersionId == version.Id).Select(f => f.Content).SingleAsync(cancellationToken);
            int pages;
            try
            {
                pages = PdfFiles.PageCount(pdf, document.Title);
            }
            catch (DocumentLayoutException e)
            {
                throw new BriefingException($"{name} cannot be appended: {e.Message}");
            }
            result.Add(new PackAppendix(position, version.Id, document.Title, version.Number, version.Label, pdf, pages));
        }
        return result;
    }

    /// <summary>The rows recording what a pack carried; <paramref name="ownPages"/> is null when each appendix is its own file (a bulk zip).</summary>
    public static void Record(CampaignDbContext db, BriefingPack pack, IReadOnlyList<PackAppendix> appendices, int? ownPages)
    {
        var start = ownPages + 1;
        foreach (var appendix in appendices)
        {
            db.Set<BriefingPackAppendix>().Add(new BriefingPackAppendix
            {
                BriefingPack = pack, Position = appendix.Position, LibraryVersionId = appendix.VersionId, Title = appendix.Title,
                VersionNumber = appendix.VersionNumber, VersionLabel = appendix.Label, StartPage = start, PageCount = appendix.Pages,
            });
            start += appendix.Pages;
        }
    }
}
