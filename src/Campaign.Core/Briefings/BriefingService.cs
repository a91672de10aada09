using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Campaign.Confidentiality;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Briefings;

/// <summary>
/// Exports briefing packs (one stakeholder, a planned meeting, or a filtered list as a zip), records each export with
/// its file and hash, and serves the stored files again.
/// </summary>
public sealed class BriefingService(
    IDbContextFactory<CampaignDbContext> contexts, StatementEngine engine, StakeholderDirectory directory, TimeProvider clock)
{
    public const string PdfType = "application/pdf";
    public const string ZipType = "application/zip";

    /// <summary>People loaded and rendered per round in a bulk export: a few queries per batch, packs rendered in parallel.</summary>
    internal const int BatchSize = 50;

    /// <summary>The pack for one stakeholder, recorded; null when there is no such stakeholder.</summary>
    public Task<BriefingDownload?> ExportStakeholderPackAsync(Actor actor, int stakeholderId, BriefingEdition edition, CancellationToken cancellationToken = default) =>
        ExportStakeholderPackAsync(actor, stakeholderId, edition, [], cancellationToken);

    /// <summary>The pack for one stakeholder with library PDFs appended after its pages, recorded; null when there is no such stakeholder.</summary>
    public async Task<BriefingDownload?> ExportStakeholderPackAsync(
        Actor actor, int stakeholderId, BriefingEdition edition, IReadOnlyList<PackAppendixRequest> appendices, CancellationToken cancellationToken = default)
    {
        DemandExport(actor, edition);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var renderer = await RendererAsync(db, actor, null, edition, appendices, cancellationToken);
        var person = (await BriefingDataLoader.PeopleAsync(db, [stakeholderId], Clearances.Of(edition), cancellationToken)).SingleOrDefault();
        if (person is null) return null;

        var pack = await renderer.Renderer.StakeholderAsync(person);
        var fileName = $"briefing-{Slug(person.DisplayName)}-{renderer.Today:yyyy-MM-dd}-{Suffix(edition)}.pdf";
        return await RecordAsync(db, actor, new BriefingPack
        {
            CampaignId = renderer.CampaignId, StakeholderId = person.Id, IsInternal = edition == BriefingEdition.Internal,
            TemplateVersionIds = renderer.Renderer.UsedStatementIds.ToList(), PageCount = pack.Pages, FileHash = "",
        }, [person.Id], renderer.Appended(pack), fileName, PdfType, pack.Pdf, cancellationToken);
    }

    /// <summary>One PDF for a planned interaction: an agenda page and a section per attendee; null when there is no such interaction.</summary>
    public Task<BriefingDownload?> ExportMeetingPackAsync(Actor actor, int interactionId, BriefingEdition edition, CancellationToken cancellationToken = default) =>
        ExportMeetingPackAsync(actor, interactionId, edition, [], cancellationToken);

    /// <summary>A meeting pack with library PDFs appended after its pages; null when there is no such interaction.</summary>
    public async Task<BriefingDownload?> ExportMeetingPackAsync(
        Actor actor, int interactionId, BriefingEdition edition, IReadOnlyList<PackAppendixRequest> appendices, CancellationToken cancellationToken = default)
    {
        DemandExport(actor, edition);
        var clearance = Clearances.Of(edition);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var meeting = await BriefingDataLoader.MeetingAsync(db, interactionId, clearance, cancellationToken);
        if (meeting is null)
        {
            // The meeting itself is the secret: a shareable pack would give it away.
            if (await db.Interactions.VisibleTo(Clearances.Of(actor)).AnyAsync(i => i.Id == interactionId, cancellationToken))
                throw new BriefingException("This meeting is confidential, so only an internal pack can be made for it.");
            return null;
        }
        if (meeting.OccurredAt <= clock.GetLocalNow().DateTime)
            throw new BriefingException("Meeting packs are for planned meetings; this one has already taken place.");

        var renderer = await RendererAsync(db, actor, meeting.CampaignId, edition, appendices, cancellationToken);
        var people = await BriefingDataLoader.PeopleAsync(db, meeting.AttendeeIds, clearance, cancellationToken);
        var pack = await renderer.Renderer.MeetingAsync(meeting, people);
        var fileName = $"meeting-pack-{meeting.OccurredAt:yyyy-MM-dd}-{Slug(meeting.Title)}-{Suffix(edition)}.pdf";
        return await RecordAsync(db, actor, new BriefingPack
        {
            CampaignId = renderer.CampaignId, InteractionId = meeting.Id, IsInternal = edition == BriefingEdition.Internal,
            TemplateVersionIds = renderer.Renderer.UsedStatementIds.ToList(), PageCount = pack.Pages, FileHash = "",
        }, meeting.AttendeeIds, renderer.Appended(pack), fileName, PdfType, pack.Pdf, cancellationToken);
    }

    /// <summary>
    /// A zip of packs for everyone the directory filter matches, recorded as one export. Progress is reported after
    /// each pack (from several threads); cancelling stops between packs and records nothing.
    /// </summary>
    public Task<BriefingDownload> ExportBulkAsync(
        Actor actor, StakeholderListQuery filter, string description, BriefingEdition edition, IProgress<BulkExportProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ExportBulkAsync(actor, filter, description, edition, [], progress, cancellationToken);

    /// <summary>
    /// A bulk zip with library PDFs: each goes into the zip once, as a file of its own, rather than into every
    /// person's pack (a 20 MB paper in 300 packs would make a 6 GB zip).
    /// </summary>
    public async Task<BriefingDownload> ExportBulkAsync(
        Actor actor, StakeholderListQuery filter, string description, BriefingEdition edition, IReadOnlyList<PackAppendixRequest> appendices,
        IProgress<BulkExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        DemandExport(actor, edition);
        var ids = await MatchingIdsAsync(actor, filter, cancellationToken);
        if (ids.Count == 0) throw new BriefingException("No stakeholders match these filters, so there is nothing to export.");

        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var resolved = await RendererAsync(db, actor, null, edition, appendices, cancellationToken);
        // The people's packs carry no appendices themselves.
        var renderer = resolved with { Renderer = resolved.Renderer.WithoutAppendices() };
        progress?.Report(new BulkExportProgress(0, ids.Count));

        using var zipped = new MemoryStream();
        var done = 0;
        var pages = 0;
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var people = await BriefingDataLoader.PeopleAsync(db, batch, Clearances.Of(edition), cancellationToken);
                var packs = new RenderedPack[people.Count];
                var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(Enumerable.Range(0, people.Count), options, async (i, _) =>
                {
                    packs[i] = await renderer.Renderer.StakeholderAsync(people[i]);
                    progress?.Report(new BulkExportProgress(Interlocked.Increment(ref done), ids.Count));
                });
                // The archive is written by this thread only, in directory order.
                for (var i = 0; i < people.Count; i++)
                {
                    var entry = zip.CreateEntry($"{Slug(people[i].DisplayName)}-{people[i].Id}.pdf", CompressionLevel.Fastest);
                    await using (var stream = entry.Open()) await stream.WriteAsync(packs[i].Pdf, cancellationToken);
                    pages += packs[i].Pages;
                }
            }
            foreach (var appendix in resolved.Appendices)
            {
                var entry = zip.CreateEntry($"appendix-{appendix.Letter.ToLowerInvariant()}-{Slug(appendix.Title)}-v{appendix.VersionNumber}.pdf", CompressionLevel.Fastest);
                await using (var stream = entry.Open()) await stream.WriteAsync(appendix.Pdf, cancellationToken);
                pages += appendix.Pages;
            }
        }

        var list = $"{description} ({ids.Count} {(ids.Count == 1 ? "person" : "people")})";
        return await RecordAsync(db, actor, new BriefingPack
        {
            CampaignId = renderer.CampaignId, ListDescription = list.Length > 1000 ? list[..1000] : list,
            IsInternal = edition == BriefingEdition.Internal, TemplateVersionIds = renderer.Renderer.UsedStatementIds.ToList(),
            PageCount = pages, FileHash = "",
        }, ids, new Appended(resolved.Appendices, null), $"briefing-packs-{renderer.Today:yyyy-MM-dd}-{Suffix(edition)}.zip", ZipType, zipped.ToArray(), cancellationToken);
    }

    /// <summary>Exported packs, newest first.</summary>
    public async Task<PagedResult<BriefingPackRow>> ListAsync(Actor actor, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        pageSize = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(page, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var files = db.Set<BriefingPackFile>();
        var total = await db.BriefingPacks.CountAsync(cancellationToken);
        var rows = await db.BriefingPacks.AsNoTracking()
            .OrderByDescending(b => b.GeneratedAt).ThenByDescending(b => b.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(b => new
            {
                Row = new BriefingPackRow(b.Id, b.GeneratedAt, b.GeneratedBy != null ? b.GeneratedBy.DisplayName : null, b.StakeholderId,
                    b.Stakeholder != null ? b.Stakeholder.DisplayName : null, b.InteractionId, b.Interaction != null ? b.Interaction.Title : null,
                    b.ListDescription, b.IsInternal, b.PageCount, b.FileHash,
                    files.Where(f => f.BriefingPackId == b.Id).Select(f => f.FileName).FirstOrDefault(),
                    files.Where(f => f.BriefingPackId == b.Id).Select(f => (long?)f.Content.Length).FirstOrDefault()),
                b.TemplateVersionIds,
            })
            .ToListAsync(cancellationToken);

        var versionIds = rows.SelectMany(r => r.TemplateVersionIds).Distinct().ToList();
        var versions = await db.PositionStatementTemplates.AsNoTracking().Where(t => versionIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => $"{t.Audience} v{t.VersionNumber}", cancellationToken);
        var packIds = rows.Select(r => r.Row.Id).ToList();
        var appendices = (await db.Set<BriefingPackAppendix>().AsNoTracking().Where(a => packIds.Contains(a.BriefingPackId))
                .OrderBy(a => a.Position)
                .Select(a => new { a.BriefingPackId, a.Position, a.Title, a.VersionNumber, a.VersionLabel, a.StartPage })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.BriefingPackId, a => $"{(char)('A' + a.Position)}: {a.Title} ({PackAppendix.VersionText(a.VersionNumber, a.VersionLabel)})"
                + (a.StartPage is { } start ? $", page {start}" : ", its own file"));
        var items = rows.Select(r => r.Row with
        {
            TemplateVersions = r.TemplateVersionIds.Select(id => versions.GetValueOrDefault(id, $"#{id}")).ToList(),
            Appendices = appendices[r.Row.Id].ToList(),
        }).ToList();
        return new PagedResult<BriefingPackRow>(items, total, page, pageSize);
    }

    /// <summary>
    /// Library documents the actor may see whose latest version is a PDF, by title, for the appendix picker. Whether a
    /// shareable pack may carry one is checked again when the pack is made.
    /// </summary>
    public async Task<IReadOnlyList<AppendableDocument>> AppendableAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.LibraryDocuments.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Select(d => new
            {
                d.Id, d.Title, d.Visibility,
                Pdfs = d.Versions.Where(v => v.ContentType == PdfType).OrderByDescending(v => v.Number).Select(v => new AppendableVersion(v.Id, v.Number, v.Label)).ToList(),
                Latest = d.Versions.Max(v => (int?)v.Number),
            })
            .ToListAsync(cancellationToken);
        return documents
            .Where(d => d.Pdfs.Count > 0 && d.Pdfs[0].Number == d.Latest)
            .OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(d => new AppendableDocument(d.Id, d.Title, d.Visibility == Library.LibraryVisibility.Coalition, d.Pdfs[0].Number, d.Pdfs[0].Label)
            {
                OlderVersions = d.Pdfs.Skip(1).ToList(),
            })
            .ToList();
    }

    /// <summary>The stored file of an earlier export, byte for byte; null when there is none.</summary>
    public async Task<BriefingDownload?> GetFileAsync(Actor actor, int packId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await db.Set<BriefingPackFile>().AsNoTracking().Where(f => f.BriefingPackId == packId)
            .Select(f => new { f.FileName, f.ContentType, f.Content, f.BriefingPack!.IsInternal })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null) return null;
        if (file.IsInternal) actor.Demand(Permission.ViewConfidential);
        return new BriefingDownload(packId, file.FileName, file.ContentType, file.Content);
    }

    /// <summary>Planned interactions (in the future), soonest first, for meeting packs.</summary>
    public async Task<IReadOnlyList<UpcomingMeeting>> UpcomingMeetingsAsync(Actor actor, int take = 20, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ExportPacks);
        var now = clock.GetLocalNow().DateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Interactions.AsNoTracking().VisibleTo(Clearances.Of(actor))
            .Where(i => i.OccurredAt > now)
            .OrderBy(i => i.OccurredAt).ThenBy(i => i.Id)
            .Take(take)
            .Select(i => new UpcomingMeeting(i.Id, i.OccurredAt, i.Kind, i.Title, i.Location, i.IsConfidential)
            {
                Attendees = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).Select(a => a.Stakeholder!.DisplayName).ToList(),
            })
            .ToListAsync(cancellationToken);
    }

    private static void DemandExport(Actor actor, BriefingEdition edition)
    {
        actor.Demand(Permission.ExportPacks);
        if (edition == BriefingEdition.Internal) actor.Demand(Permission.ViewConfidential);
    }

    private sealed record RendererSetup(PackRenderer Renderer, int CampaignId, DateTime Today, IReadOnlyList<PackAppendix> Appendices)
    {
        /// <summary>What a rendered pack carried after its own pages.</summary>
        public Appended Appended(RenderedPack pack) => new(Appendices, pack.Pages - Appendices.Sum(a => a.Pages));
    }

    /// <param name="OwnPages">The pack's own pages, which the appendices follow; null when they are files of their own.</param>
    private sealed record Appended(IReadOnlyList<PackAppendix> Appendices, int? OwnPages);

    private async Task<RendererSetup> RendererAsync(
        CampaignDbContext db, Actor actor, int? campaignId, BriefingEdition edition, IReadOnlyList<PackAppendixRequest> appendices, CancellationToken cancellationToken)
    {
        var campaign = await BriefingDataLoader.CampaignAsync(db, campaignId, cancellationToken)
            ?? throw new BriefingException("There is no campaign to brief on yet.");
        var chosen = await PackAppendices.ResolveAsync(db, actor, campaign.Id, edition, appendices, cancellationToken);
        var statements = await BriefingDataLoader.StatementsAsync(db, campaign.Id, cancellationToken);
        var now = clock.GetLocalNow().DateTime;
        return new RendererSetup(new PackRenderer(engine, campaign, statements, edition, actor.Name, now, chosen), campaign.Id, now.Date, chosen);
    }

    private async Task<IReadOnlyList<int>> MatchingIdsAsync(Actor actor, StakeholderListQuery filter, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        for (var page = 0; ; page++)
        {
            var result = await directory.ListAsync(actor, filter with { Page = page, PageSize = StakeholderDirectory.MaxPageSize }, cancellationToken);
            ids.AddRange(result.Items.Select(i => i.Id));
            if (result.Items.Count < StakeholderDirectory.MaxPageSize || ids.Count >= result.TotalCount) return ids;
        }
    }

    /// <param name="subjects">The people the pack is about; they and everyone their relationships name are recorded as its mentions.</param>
    private async Task<BriefingDownload> RecordAsync(
        CampaignDbContext db, Actor actor, BriefingPack pack, IReadOnlyCollection<int> subjects, Appended appended, string fileName, string contentType,
        byte[] content, CancellationToken cancellationToken)
    {
        pack.GeneratedAt = clock.GetUtcNow();
        pack.GeneratedById = actor.UserId;
        pack.FileHash = Convert.ToHexStringLower(SHA256.HashData(content));
        db.BriefingPacks.Add(pack);
        db.Set<BriefingPackFile>().Add(new BriefingPackFile { BriefingPack = pack, FileName = fileName, ContentType = contentType, Content = content });
        PackMentions.Add(db, pack, await PackMentions.OfAsync(db, subjects, cancellationToken));
        PackAppendices.Record(db, pack, appended.Appendices, appended.OwnPages);
        await db.SaveChangesAsync(cancellationToken);
        return new BriefingDownload(pack.Id, fileName, contentType, content);
    }

    private static string Suffix(BriefingEdition edition) => edition == BriefingEdition.Internal ? "internal" : "shareable";

    /// <summary>A file-name-safe form of a name: "Dr Rachel Iqbal" is "dr-rachel-iqbal".</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "pack" : result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }
}
