using System.Security.Cryptography;
using Campaign.Library;
using Campaign.Testing;

namespace Campaign.Core.Tests.Library;

/// <summary>
/// A 25 MB download is read from the database as it is sent, never held in memory whole. Alone in its collection: the
/// allocation counter is the whole process's, so tests running alongside would be counted too.
/// </summary>
[Collection(nameof(AllocationMeasurements))]
public sealed class LibraryStreamingTests : LibraryFixture
{
    [Fact]
    public async Task A_25_MB_version_streams_with_little_allocation()
    {
        var token = TestContext.Current.CancellationToken;
        var content = LibraryFixtures.Random((int)LibraryStore.MaxBytes);
        int versionId;
        await using (var db = Database.CreateDbContext())
        {
            // Stored as the mail merge stores its letters: straight through LibraryStore (the bytes need not be a real PDF here).
            var document = new LibraryDocument { CampaignId = CampaignId, Title = "Large", CreatedAt = Database.Clock.Now, UpdatedAt = Database.Clock.Now };
            db.LibraryDocuments.Add(document);
            var version = await LibraryStore.AddVersionAsync(db, document, new NewLibraryFile("large.pdf", FileTypeSniffer.Pdf, content), null, Database.Clock.Now, token);
            await db.SaveChangesAsync(token);
            versionId = version.Id;
        }
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));
        content = null;
        // The first download compiles its query and opens the connection pool: costs of the process, not of the file's size.
        await (await Downloads.OpenAsync(TestActors.Leadership, versionId, token))!.DisposeAsync();
        GC.Collect();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        var before = GC.GetTotalAllocatedBytes(precise: true);
        long total = 0;
        await using (var download = await Downloads.OpenAsync(TestActors.Leadership, versionId, token))
        {
            Assert.NotNull(download);
            Assert.Equal(LibraryStore.MaxBytes, download.Length);
            Assert.Equal(expected, download.Sha256);
            int read;
            while ((read = await download.Content.ReadAsync(chunk, token)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                total += read;
            }
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Current.TestOutputHelper?.WriteLine($"Streaming {total:N0} bytes allocated {allocated:N0} bytes.");

        Assert.Equal(LibraryStore.MaxBytes, total);
        Assert.Equal(expected, Convert.ToHexStringLower(hash.GetHashAndReset()));
        Assert.True(allocated < 4 * 1024 * 1024, $"Streaming 25 MB allocated {allocated:N0} bytes.");
    }
}

[CollectionDefinition(nameof(AllocationMeasurements), DisableParallelization = true)]
public sealed class AllocationMeasurements;
