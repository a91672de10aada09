using System.Security.Cryptography;

namespace Campaign.Library;

/// <summary>
/// The one way a file becomes a library version, whoever writes it (an upload, a mail merge's merged letters): numbered
/// after the document's last version, hashed, its bytes in <see cref="LibraryFile"/>. Added to the caller's context, so
/// it is saved in the caller's transaction; checking the bytes is the caller's job.
/// </summary>
public static class LibraryStore
{
    public const long MaxBytes = 25L * 1024 * 1024;

    public static async Task<LibraryDocumentVersion> AddVersionAsync(CampaignDbContext db, LibraryDocument document, NewLibraryFile file,
        string? uploadedById, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (file.Content.LongLength > MaxBytes) throw new ArgumentException($"A library file is at most {MaxBytes / (1024 * 1024)} MB.", nameof(file));
        var last = document.Id == 0 ? 0
            : await db.LibraryDocumentVersions.Where(v => v.DocumentId == document.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new LibraryDocumentVersion
        {
            Document = document,
            Number = Math.Max(last, document.Versions.Select(v => v.Number).DefaultIfEmpty().Max()) + 1,
            Label = file.Label,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Length = file.Content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
            PageCount = file.PageCount,
            ChangeNote = file.ChangeNote,
            UploadedById = uploadedById,
            UploadedAt = now,
        };
        document.Versions.Add(version);
        document.UpdatedAt = now;
        db.LibraryFiles.Add(new LibraryFile { DocumentVersion = version, Content = file.Content });
        return version;
    }
}

/// <summary>A checked file on its way into the library: <see cref="ContentType"/> is the type read from the bytes.</summary>
public sealed record NewLibraryFile(string FileName, string ContentType, byte[] Content, int? PageCount = null, string? Label = null, string? ChangeNote = null);
