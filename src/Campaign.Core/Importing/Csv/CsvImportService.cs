using CsvHelper;

namespace Campaign.Importing.Csv;

/// <summary>
/// CSV imports of stakeholders, organisations, interactions and positions: upload → preview (column mapping,
/// row-by-row problems, rows that match existing records) → import. The import checks everything again and
/// writes nothing unless every row is good; then it stages every row and writes them all in one short transaction,
/// all or nothing (<see cref="ImportStage"/>).
/// </summary>
public sealed class CsvImportService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>The template: the column headings, in a UTF-8 file with a BOM so Excel reads it as UTF-8.</summary>
    public static byte[] Template(CsvImportKind kind)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
            writer.WriteRecord(CsvColumns.For(kind).Select(f => f.Name).ToArray());
        return stream.ToArray();
    }

    public async Task<CsvImportPreview> PreviewAsync(Actor actor, CsvImportRequest request, IProgress<CsvImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var (file, map, problems, plan) = await PlanAsync(db, request, progress, cancellationToken);
        var fields = CsvColumns.For(request.Kind);
        var mapping = fields.Select(f =>
        {
            var index = map?.IndexOf(f.Name);
            var example = index is { } i && file is not null ? file.Records.Select(r => i < r.Values.Length ? r.Values[i] : "").FirstOrDefault(v => v.Length > 0) : null;
            return new CsvFieldMapping(f.Name, f.Description, f.Required, index is { } column && file is not null ? file.Headers[column] : null, example);
        }).ToList();
        var used = map?.MappedFields.Select(f => map.IndexOf(f)!.Value).ToHashSet() ?? [];
        var ignored = file?.Headers.Where((h, i) => !used.Contains(i) && h.Length > 0).ToList() ?? [];
        return new CsvImportPreview(
            request.Kind, request.File.Name, file?.Encoding, file?.Records.Count ?? 0, file?.Headers ?? [], mapping, ignored,
            problems.Kept, problems.Count,
            plan?.Matches.Take(CsvImportPreview.ListLimit).ToList() ?? [], plan?.Matches.Count ?? 0, plan?.NewRows ?? 0)
        {
            ErasedRows = plan?.ErasedRows ?? [],
        };
    }

    public async Task<CsvImportResult> ImportAsync(Actor actor, CsvImportRequest request, IProgress<CsvImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var (file, _, problems, plan) = await PlanAsync(db, request, progress, cancellationToken);
        if (problems.Count > 0 || file is null || plan is null)
            return new CsvImportResult(problems.Kept, problems.Count, file?.Records.Count ?? 0, 0, 0, 0, null);
        if (file.Records.Count == 0)
            return new CsvImportResult([ImportProblem.File("The file has headings but no rows.")], 1, 0, 0, 0, 0, null);

        var now = clock.GetUtcNow();
        int created, updated, skipped;
        ImportBatch batch;
        try
        {
            // Rows are staged first, outside the write lock; then written in one short transaction. Until it commits
            // nothing is visible to anyone, and any failure rolls every row back.
            await using var stage = await ImportStage.OpenAsync(db, cancellationToken);
            var write = new CsvWriteContext(db, stage, actor, now, request.DecisionFor, progress, file.Records.Count);
            (created, updated, skipped) = await plan.WriteAsync(write, cancellationToken);
            skipped += plan.ErasedRows.Count;
            batch = await stage.CommitAsync(token => ImportLog.RecordAsync(db, actor, new ImportBatch
            {
                Kind = KindOf(request.Kind), FileName = request.File.Name, At = now, Rows = file.Records.Count,
                Created = created, Updated = updated, Skipped = skipped,
            }, token), cancellationToken);
        }
        catch (Exception ex) when (ImportConflict.Is(ex))
        {
            return new CsvImportResult([ImportConflict.Problem], 1, file.Records.Count, 0, 0, 0, null);
        }
        progress?.Report(new CsvImportProgress("Imported", file.Records.Count, file.Records.Count));
        return new CsvImportResult([], 0, file.Records.Count, created, updated, skipped, batch.Id) { ErasedSkipped = plan.ErasedRows.Count };
    }

    private async Task<(CsvFile? File, CsvColumnMap? Map, ProblemList Problems, CsvPlan? Plan)> PlanAsync(
        CampaignDbContext db, CsvImportRequest request, IProgress<CsvImportProgress>? progress, CancellationToken cancellationToken)
    {
        var problems = new ProblemList();
        CsvFile file;
        try
        {
            file = await Task.Run(() => CsvFile.Read(request.File, progress, cancellationToken), cancellationToken);
        }
        catch (ImportRefusedException refused)
        {
            problems.Add(refused.Problem);
            return (null, null, problems, null);
        }

        var mapProblems = new List<ImportProblem>();
        var fields = CsvColumns.For(request.Kind);
        var map = CsvColumnMap.Create(fields, file.Headers, request.Mapping, mapProblems);
        problems.AddRange(mapProblems);
        if (problems.Count > 0) return (file, map, problems, null);
        if (file.Records.Count == 0)
        {
            problems.Add(ImportProblem.File("The file has headings but no rows."));
            return (file, map, problems, null);
        }

        var campaignId = request.CampaignId ?? await Campaigns.CampaignService.ChosenOrCurrent(db.Campaigns, null).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var context = new CsvPlanContext(db, file, map, problems, campaignId, progress);
        CsvPlan plan = request.Kind switch
        {
            CsvImportKind.Stakeholders => new StakeholderImporter(map),
            CsvImportKind.Organisations => new OrganisationImporter(map),
            CsvImportKind.Interactions => new InteractionImporter(map),
            CsvImportKind.Positions => new PositionImporter(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), map),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        await plan.PlanAsync(context, cancellationToken);
        progress?.Report(new CsvImportProgress("Checked", file.Records.Count, file.Records.Count));
        return (file, map, problems, plan);
    }

    private static ImportKind KindOf(CsvImportKind kind) => kind switch
    {
        CsvImportKind.Stakeholders => ImportKind.Stakeholders,
        CsvImportKind.Organisations => ImportKind.Organisations,
        CsvImportKind.Interactions => ImportKind.Interactions,
        _ => ImportKind.Positions,
    };
}
