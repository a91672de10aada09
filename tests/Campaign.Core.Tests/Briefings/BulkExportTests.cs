using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Campaign.Briefings;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Briefings;

public sealed class BulkExportTests : DatabaseTest
{
    private BriefingScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await BriefingScenario.CreateAsync(Database);

    /// <summary>Records each report; progress arrives from several threads.</summary>
    private sealed class Recorder(Action<BulkExportProgress>? onReport = null) : IProgress<BulkExportProgress>
    {
        public ConcurrentQueue<BulkExportProgress> Reports { get; } = new();

        public void Report(BulkExportProgress value)
        {
            Reports.Enqueue(value);
            onReport?.Invoke(value);
        }
    }

    private async Task AddPeopleAsync(int count)
    {
        await using var db = _scenario.Database.CreateDbContext();
        var builder = new Builder(db);
        for (var i = 0; i < count; i++) builder.Person($"Extra{i:000}", "Person", StakeholderKind.HealthProfessional);
        await builder.SaveAsync();
    }

    [Fact]
    public async Task The_filtered_list_becomes_a_zip_of_packs_with_progress_to_the_end()
    {
        await AddPeopleAsync(60); // more than one batch
        var progress = new Recorder();

        var download = await _scenario.Service.ExportBulkAsync(TestActors.PublicAffairs,
            new StakeholderListQuery { Kind = StakeholderKind.HealthProfessional }, "Health professionals", BriefingEdition.Shareable, progress);

        using var zip = new ZipArchive(new MemoryStream(download.Content));
        Assert.Equal(60, zip.Entries.Count);
        Assert.All(zip.Entries, e => Assert.EndsWith(".pdf", e.Name));
        using (var first = new MemoryStream())
        {
            await using (var entry = zip.Entries[0].Open()) await entry.CopyToAsync(first);
            Assert.Contains("Briefing pack Extra000 Person", PdfText.Pages(first.ToArray())[0]);
        }
        Assert.Equal(new BulkExportProgress(60, 60), progress.Reports.MaxBy(r => r.Done));
        Assert.Equal(61, progress.Reports.Count); // the start, then one per pack
        Assert.Equal("application/zip", download.ContentType);

        await using var db = _scenario.Database.CreateDbContext();
        var pack = await db.BriefingPacks.SingleAsync();
        Assert.Equal("Health professionals (60 people)", pack.ListDescription);
        Assert.Equal([_scenario.DefaultStatementId], pack.TemplateVersionIds);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(download.Content)), pack.FileHash);
        Assert.False(pack.IsInternal);
    }

    [Fact]
    public async Task Cancelling_stops_the_export_and_records_nothing()
    {
        await AddPeopleAsync(120);
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(p =>
        {
            if (p.Done >= 10) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _scenario.Service.ExportBulkAsync(TestActors.PublicAffairs,
            new StakeholderListQuery(), "Everyone", BriefingEdition.Internal, progress, cancel.Token));

        Assert.True(progress.Reports.Max(r => r.Done) < 122, "The export stopped before the end.");
        Assert.Equal(0, await _scenario.Database.WithContextAsync(db => db.BriefingPacks.CountAsync()));
    }

    [Fact]
    public async Task An_empty_list_is_refused_with_a_message()
    {
        var error = await Assert.ThrowsAsync<BriefingException>(() => _scenario.Service.ExportBulkAsync(TestActors.PublicAffairs,
            new StakeholderListQuery { Search = "nobody by this name" }, "Nobody", BriefingEdition.Internal));

        Assert.Equal("No stakeholders match these filters, so there is nothing to export.", error.Message);
    }
}
