using System.Diagnostics;
using System.Text.RegularExpressions;
using Campaign.Briefings;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Benchmarks;

/// <summary>Briefing packs: the 8-page internal pack of the busiest person, and bulk exports as a zip.</summary>
public static partial class BriefingBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        var (data, staff) = (context.Data, context.Staff);
        var directory = new StakeholderDirectory(data.Contexts, context.Clock);
        var briefings = new BriefingService(data.Contexts, new StatementEngine(), directory, context.Clock);
        Task<BriefingDownload?> OnePack() => briefings.ExportStakeholderPackAsync(staff, data.PackSubjectId, BriefingEdition.Internal);

        yield return new Benchmark("briefing pack", async () =>
        {
            var pages = 0;
            var result = await Measurement.TakeAsync("briefing pack", context.ScaleLabel, context.Fast, async () =>
                pages = PdfPages((await OnePack() ?? throw new InvalidOperationException("The pack subject is missing.")).Content));
            return [context.WithGoal(result, 100) with { Note = $"busiest person, internal edition, recorded; {pages} pages (the issue's pack has 8)" }];
        });

        // The first 100 MPs carry a tag, so the bulk export takes them through the directory filter as the page does.
        yield return new Benchmark("bulk packs (100 MPs)", async () =>
        {
            await OnePack(); // warms the renderer, so every bulk run is timed (each takes seconds)
            var filter = new StakeholderListQuery { Tag = SyntheticCampaign.BulkTag };
            BriefingDownload? zip = null;
            var result = await Measurement.TakeAsync("bulk packs (100 MPs)", context.ScaleLabel, context.Quick ? RunPlan.Quick : RunPlan.Long with { WarmUps = 0 },
                async () => zip = await briefings.ExportBulkAsync(staff, filter, "benchmark", BriefingEdition.Internal));
            return [result with { Note = $"{data.BulkTagged} MPs, internal, one zip of {MemoryBenchmarks.Megabytes(zip!.Content.Length):N1} MB, recorded; median of {result.Runs}" }];
        });

        // Every MP (650 at base scale) takes about 20 s, so it runs only when --filter names it (and in --quick, where it is small).
        yield return new Benchmark("bulk packs (all MPs)", async () =>
        {
            var watch = Stopwatch.StartNew();
            var zip = await briefings.ExportBulkAsync(staff, new StakeholderListQuery { Kind = StakeholderKind.MP }, "benchmark", BriefingEdition.Internal);
            var ms = watch.Elapsed.TotalMilliseconds;
            return [context.WithGoal(new Measurement("bulk packs (all MPs)", context.ScaleLabel, 1, ms, ms), 60_000) with
                { Note = $"once; zip {MemoryBenchmarks.Megabytes(zip.Content.Length):N1} MB" }];
        }, OptIn: true);
    }

    /// <summary>Counts "/Type /Page" objects: enough to report a pack's length without a PDF library in the harness.</summary>
    public static int PdfPages(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
