using Campaign.Campaigns;
using Campaign.Confidentiality;

namespace Campaign.Library;

/// <summary>
/// The campaign library: documents with every uploaded version kept. Staff who make packs or edit templates add and edit
/// documents, administrators delete them; the coalition reads only what is shared with it (<see cref="Visibility"/>).
/// Deleting does not yet check for later features that point at a document (pack appendices, letters): those add their check here.
/// </summary>
public sealed class LibraryService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public const string FileField = "File";

    /// <summary>Whether the actor may upload and edit: the same people who make packs or write templates.</summary>
    public static bool CanManage(Actor actor) => actor.Can(Permission.ExportPacks) || actor.Can(Permission.EditTemplates);

    public static bool CanDelete(Actor actor) => actor.Can(Permission.DeleteLibraryDocuments);

    /// <summary>The current campaign's documents the actor may see, newest change first.</summary>
    public async Task<IReadOnlyList<LibraryRow>> ListAsync(Actor actor, LibraryFilter filter, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaignId = await CurrentCampaignAsync(db, cancellationToken);
        var documents = db.LibraryDocuments.AsNoTracking().VisibleTo(Clearances.Of(actor)).Where(d => d.CampaignId == campaignId);
        if (filter.Kind is { } kind) documents = documents.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = SearchPattern.Contains(filter.Search);
            documents = documents.Where(d => EF.Functions.Like(d.Title, pattern, SearchPattern.Escape));
        }
        return await documents.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d, Latest = d.Versions.OrderByDescending(v => v.Number).FirstOrDefault() })
            .Select(x => new LibraryRow(x.d.Id, x.d.Title, x.d.Kind, x.d.Visibility,
                x.Latest != null ? x.Latest.Id : null, x.Latest != null ? x.Latest.Number : null, x.Latest != null ? x.Latest.Label : null,
                x.Latest != null ? x.Latest.Length : null, x.d.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every PNG or JPEG version the actor may see (newest document first), for a letter template's letterhead image.</summary>
    public async Task<IReadOnlyList<LibraryImageOption>> ImagesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaignId = await CurrentCampaignAsync(db, cancellationToken);
        return await db.LibraryDocumentVersions.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(v => v.Document!.CampaignId == campaignId && (v.ContentType == FileTypeSniffer.Png || v.ContentType == FileTypeSniffer.Jpeg))
            .OrderByDescending(v => v.Document!.UpdatedAt).ThenByDescending(v => v.Number)
            .Select(v => new LibraryImageOption(v.Id, v.Document!.Title, v.Number, v.Label))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A document with its versions newest first, or null when it does not exist for this actor.</summary>
    public async Task<LibraryDocumentView?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.LibraryDocuments.AsNoTracking().VisibleTo(Clearances.Of(actor)).Where(d => d.Id == id)
            .Select(d => new LibraryDocumentView(d.Id, d.Title, d.Kind, d.Visibility, d.Description, d.Version, d.CreatedAt, d.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null) return null;
        var versions = await db.LibraryDocumentVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number)
            .Select(v => new LibraryVersionRow(v.Id, v.Number, v.Label, v.FileName, v.ContentType, v.Length, v.PageCount, v.ChangeNote,
                v.UploadedBy != null ? v.UploadedBy.DisplayName : null, v.UploadedAt))
            .ToListAsync(cancellationToken);
        return document with { Versions = versions };
    }

    /// <summary>A new document with its first version; field errors (the file's under <see cref="FileField"/>) when anything is wrong.</summary>
    public async Task<SaveResult> UploadAsync(Actor actor, LibraryDocumentInput input, LibraryVersionInput version, LibraryUpload upload,
        CancellationToken cancellationToken = default)
    {
        DemandManage(actor);
        var errors = new ValidationErrors();
        errors.AddAnnotations(input);
        errors.AddAnnotations(version);
        var file = await LibraryUploads.ReadAsync(upload, errors, FileField, cancellationToken);
        if (errors.Any || file is null) return SaveResult.Invalid(errors.ToDictionary());

        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        if (await CurrentCampaignAsync(db, cancellationToken) is not { } campaignId) return SaveResult.NotFound();
        var now = clock.GetUtcNow();
        var document = new LibraryDocument
        {
            CampaignId = campaignId, Title = input.Title.Trim(), Kind = input.Kind, Visibility = input.Visibility,
            Description = Clean(input.Description), CreatedAt = now, UpdatedAt = now,
        };
        db.LibraryDocuments.Add(document);
        await LibraryStore.AddVersionAsync(db, document, file with { Label = Clean(version.Label), ChangeNote = Clean(version.ChangeNote) },
            actor.UserId, now, cancellationToken);
        return await db.SaveCheckedAsync(() => document.Id, () => Task.FromResult(SaveResult.Conflict()), cancellationToken);
    }

    /// <summary>Adds a version; the earlier ones stay. Two uploads racing for the same number: the later is a conflict.</summary>
    public async Task<SaveResult> AddVersionAsync(Actor actor, int documentId, LibraryVersionInput version, LibraryUpload upload,
        CancellationToken cancellationToken = default)
    {
        DemandManage(actor);
        var errors = new ValidationErrors();
        errors.AddAnnotations(version);
        var file = await LibraryUploads.ReadAsync(upload, errors, FileField, cancellationToken);
        if (errors.Any || file is null) return SaveResult.Invalid(errors.ToDictionary());

        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var document = await db.LibraryDocuments.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null) return SaveResult.NotFound();
        await LibraryStore.AddVersionAsync(db, document, file with { Label = Clean(version.Label), ChangeNote = Clean(version.ChangeNote) },
            actor.UserId, clock.GetUtcNow(), cancellationToken);
        return await db.SaveCheckedAsync(() => document.Id, () => Task.FromResult(SaveResult.Conflict()), cancellationToken);
    }

    /// <summary>Changes title, kind, visibility and description; refused as a conflict when someone saved the document since it was loaded.</summary>
    public async Task<SaveResult> EditAsync(Actor actor, int id, LibraryDocumentInput input, CancellationToken cancellationToken = default)
    {
        DemandManage(actor);
        var errors = new ValidationErrors();
        errors.AddAnnotations(input);
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var document = await db.LibraryDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null) return SaveResult.NotFound();
        db.ExpectVersion(document, input.Version);
        document.Title = input.Title.Trim();
        document.Kind = input.Kind;
        document.Visibility = input.Visibility;
        document.Description = Clean(input.Description);
        return await db.SaveEditAsync(id, cancellationToken);
    }

    /// <summary>Deletes a document and all its versions (administrators only); a conflict when it changed since it was loaded.</summary>
    public async Task<SaveResult> DeleteAsync(Actor actor, int id, long loadedVersion, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.DeleteLibraryDocuments);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var document = await db.LibraryDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null) return SaveResult.NotFound();
        db.ExpectVersion(document, loadedVersion);
        // The versions and their files go with it (cascading in the database, so no file is loaded to delete it).
        db.LibraryDocuments.Remove(document);
        return await db.SaveEditAsync(id, cancellationToken);
    }

    private static void DemandManage(Actor actor)
    {
        if (!CanManage(actor)) throw new AccessDeniedException(actor, Permission.EditTemplates);
    }

    private static Task<int?> CurrentCampaignAsync(CampaignDbContext db, CancellationToken cancellationToken) =>
        CampaignService.ChosenOrCurrent(db.Campaigns, null).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
