using System.Diagnostics;
using Campaign.Letters;
using Campaign.Letters.Docx;
using Campaign.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Benchmarks;

/// <summary>Letters: a mail merge to every MP, laid out as one PDF and as editable Word documents, zipped.</summary>
public static class LetterBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        yield return new Benchmark("letters to PDF (all MPs)", async () =>
        {
            var letters = (await LettersAsync(context)).Select(l => l.Letter).ToList();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var (pdf, pages) = LetterPdf.Generate(letters, "Benchmark letters");
            var ms = watch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            return [context.WithGoal(new Measurement("letters to PDF (all MPs)", context.ScaleLabel, 1, ms, ms), 10_000) with
            {
                Note = $"{letters.Count} letters, {pages} pages, once; PDF {MemoryBenchmarks.Megabytes(pdf.Length):N1} MB; "
                    + $"{MemoryBenchmarks.Megabytes(allocated):N0} MB allocated, {MemoryBenchmarks.Megabytes(Environment.WorkingSet):N0} MB working set after",
            }];
        });

        yield return new Benchmark("letters to DOCX (all MPs)", async () =>
        {
            var letters = await LettersAsync(context);

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            using var zip = new MemoryStream();
            DocxLetterZip.Write(letters, zip);
            var ms = watch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            return [context.WithGoal(new Measurement("letters to DOCX (all MPs)", context.ScaleLabel, 1, ms, ms), 10_000) with
            {
                Note = $"{letters.Count} letters, once; zip {MemoryBenchmarks.Megabytes(zip.Length):N1} MB; "
                    + $"{MemoryBenchmarks.Megabytes(allocated):N0} MB allocated, {MemoryBenchmarks.Megabytes(Environment.WorkingSet):N0} MB working set after",
            }];
        });
    }

    private static async Task<List<(string Recipient, LetterContent Letter)>> LettersAsync(BenchmarkContext context)
    {
        await using var db = await context.Data.Contexts.CreateDbContextAsync();
        var mps = await db.Stakeholders.Where(s => s.Kind == StakeholderKind.MP && s.AnonymisedAt == null)
            .OrderBy(s => s.Id).Select(s => new { s.DisplayName, s.Constituency }).Take(context.Scaled(650)).ToListAsync();
        return mps.Select(mp => (mp.DisplayName, Letter(mp.DisplayName, mp.Constituency))).ToList();
    }

    /// <summary>A letter the length of the sample campaign's: a page of Markdown with a heading, a list and a link.</summary>
    private static LetterContent Letter(string name, string? constituency) => new(
        new Letterhead(["Institute of Physics and Engineering in Medicine", "Fairmount House, 230 Tadcaster Road, York YO24 1ES"]),
        new DateOnly(2026, 12, 7),
        [$"{name} MP", "House of Commons", "London SW1A 0AA"],
        $"Dear {name}",
        $"""
        I am writing on behalf of IPEM and its partners about the statutory registration of clinical technologists{(constituency is null ? "" : $", who keep the scanners, dialysis machines and radiotherapy equipment in {constituency}'s hospitals safe")}.

        ## What we ask

        1. Table a written question to the **Department of Health and Social Care** on its plans to regulate clinical technologists.
        2. Attend our drop-in in Portcullis House on *20 January*, from 12:00 to 14:00.

        Our briefing paper, [A new regulatory framework for clinical technologists](https://example.org/briefing), sets out the case.
        """,
        "Yours sincerely,",
        "Hannah Mercer",
        "Public affairs adviser, on behalf of IPEM");
}
