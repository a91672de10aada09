using Campaign.Briefings;
using Campaign.Confidentiality;
using Campaign.Documents;
using Campaign.Engagements;
using Campaign.Library;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Letters;

/// <summary>
/// Letters to everyone a directory filter finds, from one letter template version: written and laid out as one PDF,
/// then saved in one go (the PDF in the library, the merge, and a Letter interaction per recipient), or not at all.
/// </summary>
public sealed class MailMergeService(IDbContextFactory<CampaignDbContext> contexts, StatementEngine engine, TimeProvider clock)
{
    public const string DefaultSignOff = "Yours sincerely";

    /// <summary>The latest version of each of the campaign's letter templates.</summary>
    public async Task<IReadOnlyList<LetterTemplateOption>> TemplatesAsync(Actor actor, int? campaignId = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await BriefingDataLoader.CampaignAsync(db, campaignId, cancellationToken);
        if (campaign is null) return [];
        return await db.PositionStatementTemplates.AsNoTracking()
            .Where(t => t.CampaignId == campaign.Id && t.Kind == TemplateKind.Letter && !db.PositionStatementTemplates.Any(n =>
                n.CampaignId == t.CampaignId && n.Kind == t.Kind && n.Audience == t.Audience && n.VersionNumber > t.VersionNumber))
            .OrderBy(t => t.Title)
            .Select(t => new LetterTemplateOption(t.Id, t.Title, t.Audience, t.VersionNumber))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Counts the recipients and writes the first letter, so the page can show what the merge will send.</summary>
    public async Task<MailMergePlan?> PlanAsync(Actor actor, MailMergeRequest request, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await SourceAsync(db, actor, request, cancellationToken);
        if (source is null) return null;
        var description = await BulkExportDescription.OfAsync(db, request.Filter, cancellationToken);
        if (source.People.Count == 0) return new MailMergePlan(source.Template.Title, 0, description, null, null);
        try
        {
            var first = await WriteAsync(source, source.People[0], actor, request.SignerRole);
            return new MailMergePlan(source.Template.Title, source.People.Count, description, first, null);
        }
        catch (LetterException e)
        {
            return new MailMergePlan(source.Template.Title, source.People.Count, description, null, e.Message);
        }
    }

    /// <summary>
    /// Writes every letter (reporting each), lays them out as one PDF, then saves the PDF, the merge and the Letter
    /// interactions in one transaction. A template error for any recipient, or cancelling, saves nothing.
    /// </summary>
    public async Task<MailMergeResult> RunAsync(Actor actor, MailMergeRequest request, IProgress<MailMergeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var source = await SourceAsync(db, actor, request, cancellationToken);
        if (source is null) return new MailMergeResult(null, null, 0, "That letter template no longer exists.");
        var total = source.People.Count;
        if (total == 0) return new MailMergeResult(null, null, 0, "Nobody matches the filter, so there is nobody to write to.");

        var letters = new List<LetterContent>(total);
        progress?.Report(new MailMergeProgress(0, total, "Writing letters"));
        try
        {
            foreach (var person in source.People)
            {
                cancellationToken.ThrowIfCancellationRequested();
                letters.Add(await WriteAsync(source, person, actor, request.SignerRole));
                progress?.Report(new MailMergeProgress(letters.Count, total, "Writing letters"));
            }
        }
        catch (LetterException e)
        {
            return new MailMergeResult(null, null, 0, e.Message);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new MailMergeProgress(total, total, "Laying out the PDF"));
        var now = clock.GetUtcNow();
        var title = Truncate($"Letters: {source.Template.Title} — {total} recipients, {Wording.LongDate(DateOnly.FromDateTime(clock.GetLocalNow().DateTime))}",
            FieldLengths.Title);
        byte[] pdf;
        int pages;
        try
        {
            (pdf, pages) = LetterPdf.Generate(letters, title);
        }
        catch (DocumentLayoutException e)
        {
            return new MailMergeResult(null, null, 0, $"The letters cannot be laid out on A4 pages: {e.Message}");
        }
        if (pdf.LongLength > LibraryStore.MaxBytes)
            return new MailMergeResult(null, null, 0,
                $"The merged PDF is {pdf.LongLength / (1024 * 1024)} MB, more than the library's {LibraryStore.MaxBytes / (1024 * 1024)} MB: write to fewer people at a time.");

        progress?.Report(new MailMergeProgress(total, total, "Writing the Word copies"));
        var wordFiles = WordFiles(source, letters, cancellationToken);
        if (wordFiles.LongLength > LibraryStore.MaxBytes)
            return new MailMergeResult(null, null, 0,
                $"The Word copies come to {wordFiles.LongLength / (1024 * 1024)} MB, more than the library's {LibraryStore.MaxBytes / (1024 * 1024)} MB: write to fewer people at a time.");

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new MailMergeProgress(total, total, "Saving"));
        var merge = await StageAsync(db, actor, request, source, letters, title, (pdf, pages), wordFiles, now, cancellationToken);
        // One SaveChanges is one transaction: the PDF, the Word copies, the merge and every interaction, or none of them.
        await db.SaveChangesAsync(cancellationToken);
        return new MailMergeResult(merge.Id, merge.LibraryVersionId, total, null, merge.WordFilesVersionId);
    }

    /// <summary>The merge a logged letter came from, with its merged PDF, when it came from one.</summary>
    public async Task<MailMergeLink?> ForInteractionAsync(Actor actor, int interactionId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var clearance = Clearances.Of(actor);
        return await db.MailMergeLetters.AsNoTracking().Where(l => l.InteractionId == interactionId)
            .Select(l => new MailMergeLink(l.MailMergeId, l.MailMerge!.Template!.Title, l.MailMerge.RecipientCount, l.MailMerge.CreatedAt,
                // The merged PDF holds every recipient's letter: it is staff-only, so only those who may read it get the link.
                db.LibraryDocumentVersions.VisibleTo(clearance).Where(v => v.Id == l.MailMerge.LibraryVersionId).Select(v => (int?)v.Id).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Each letter as a .docx named after its recipient, zipped: the copies staff edit in Word before sending.</summary>
    private static byte[] WordFiles(MergeSource source, IReadOnlyList<LetterContent> letters, CancellationToken cancellationToken)
    {
        using var zip = new MemoryStream();
        Docx.DocxLetterZip.Write(letters.Select((letter, i) => (source.People[i].DisplayName, letter)), zip, cancellationToken: cancellationToken);
        return zip.ToArray();
    }

    private async Task<MailMerge> StageAsync(CampaignDbContext db, Actor actor, MailMergeRequest request, MergeSource source,
        IReadOnlyList<LetterContent> letters, string title, (byte[] Content, int Pages) pdf, byte[] wordFiles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var description = await BulkExportDescription.OfAsync(db, request.Filter, cancellationToken);
        var document = new LibraryDocument
        {
            CampaignId = source.Template.CampaignId, Title = title, Kind = LibraryDocumentKind.Letter, Visibility = LibraryVisibility.StaffOnly,
            Description = Truncate($"Mail merge to: {description}", FieldLengths.Line), CreatedAt = now, UpdatedAt = now,
        };
        db.LibraryDocuments.Add(document);
        var fileName = $"letters-{now:yyyy-MM-dd-HHmm}.pdf";
        var version = await LibraryStore.AddVersionAsync(db, document, new NewLibraryFile(fileName, FileTypeSniffer.Pdf, pdf.Content, pdf.Pages), actor.UserId, now,
            cancellationToken);
        var word = new LibraryDocument
        {
            CampaignId = document.CampaignId, Title = Truncate($"{title} (Word files)", FieldLengths.Title), Kind = LibraryDocumentKind.Letter,
            Visibility = LibraryVisibility.StaffOnly, Description = document.Description, CreatedAt = now, UpdatedAt = now,
        };
        db.LibraryDocuments.Add(word);
        var wordVersion = await LibraryStore.AddVersionAsync(db, word, new NewLibraryFile(Path.ChangeExtension(fileName, ".zip"), BriefingService.ZipType, wordFiles),
            actor.UserId, now, cancellationToken);

        var merge = new MailMerge
        {
            CampaignId = source.Template.CampaignId, TemplateId = source.Template.Id,
            FilterDescription = Truncate(description, FieldLengths.Line), RecipientCount = letters.Count, LibraryVersion = version,
            WordFilesVersion = wordVersion,
            CreatedById = actor.UserId, CreatedAt = now,
        };
        db.MailMerges.Add(merge);
        var occurredAt = clock.GetLocalNow().DateTime;
        for (var i = 0; i < letters.Count; i++)
        {
            var interaction = new Interaction
            {
                CampaignId = source.Template.CampaignId, Kind = InteractionKind.Letter, OccurredAt = occurredAt,
                Title = Truncate(source.Template.Title, FieldLengths.Title),
                Summary = Truncate(LetterText.FirstParagraph(letters[i].BodyMarkdown) ?? $"Letter from mail merge “{source.Template.Title}”.", 2000),
                CreatedById = actor.UserId, CreatedAt = now, UpdatedAt = now,
                Attendees = [new InteractionAttendee { StakeholderId = source.People[i].Id }],
                Staff = actor.UserId is { } userId ? [new InteractionStaff { UserId = userId }] : [],
            };
            merge.Letters.Add(new MailMergeLetter { StakeholderId = source.People[i].Id, Interaction = interaction });
        }
        return merge;
    }

    private async Task<LetterContent> WriteAsync(MergeSource source, LetterPerson person, Actor actor, string? signerRole)
    {
        var signer = new LetterSigner(actor.Name, string.IsNullOrWhiteSpace(signerRole) ? null : signerRole.Trim());
        var model = LetterModels.For(person, source.Campaign, signer, clock.GetLocalNow().DateTime);
        string body;
        try
        {
            body = await engine.RenderAsync(source.Compiled, model);
        }
        catch (TemplateException e)
        {
            throw new LetterException(person.DisplayName, Describe(e.Problem));
        }
        return new LetterContent(source.Letterhead, DateOnly.FromDateTime(model.Today), model.Recipient.AddressLines, model.Recipient.Salutation, body,
            string.IsNullOrWhiteSpace(source.Template.SignOff) ? DefaultSignOff : source.Template.SignOff, signer.Name, signer.Role);
    }

    private static string Describe(TemplateProblem problem) =>
        problem.Line is { } line ? $"{problem.Message.TrimEnd('.')} at line {line}." : problem.Message;

    private async Task<MergeSource?> SourceAsync(CampaignDbContext db, Actor actor, MailMergeRequest request, CancellationToken cancellationToken)
    {
        var template = await db.PositionStatementTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == request.TemplateId && t.Kind == TemplateKind.Letter, cancellationToken);
        if (template is null) return null;
        var campaign = await BriefingDataLoader.CampaignAsync(db, template.CampaignId, cancellationToken);
        if (campaign is null) return null;
        var check = engine.Check(template.Markdown, TemplateKind.Letter);
        if (!check.IsValid)
            throw new InvalidOperationException($"Letter template {template.Id} was saved but no longer passes its check: {check.Problems[0]}");

        var image = template.LetterheadImageVersionId is { } imageId
            ? await db.LibraryDocumentVersions.AsNoTracking().Where(v => v.Id == imageId && (v.ContentType == "image/png" || v.ContentType == "image/jpeg"))
                .Select(v => new { v.ContentType, Bytes = db.LibraryFiles.Where(f => f.VersionId == v.Id).Select(f => f.Content).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var lines = (template.LetterheadText ?? campaign.Name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var letterhead = new Letterhead(lines, image?.Bytes, image?.ContentType);

        var clearance = Clearances.Of(actor);
        var people = StakeholderDirectory.Filter(db, request.Filter, clearance, clock.GetLocalNow().DateTime);
        var recipients = await LetterModels.LoadAsync(db, people, campaign.Id, clearance, cancellationToken);
        return new MergeSource(template, campaign, check.Statement!, letterhead, recipients);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private sealed record MergeSource(
        PositionStatementTemplate Template, PackCampaign Campaign, CompiledStatement Compiled, Letterhead Letterhead, IReadOnlyList<LetterPerson> People);
}
