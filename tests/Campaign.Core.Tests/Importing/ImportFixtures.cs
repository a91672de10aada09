using System.Text;
using System.Text.Json.Nodes;
using Campaign.Importing;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing;

/// <summary>Real-format files for the import tests: the sample campaign's, the fixtures folder's, and broken ones made from them.</summary>
internal static class ImportFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Importing", "Fixtures");

    public static UploadedFile Sample(string name) => new(name, File.ReadAllBytes(Path.Combine(Samples.IpemFolder, name)));

    public static UploadedFile Fixture(string name) => new(name, File.ReadAllBytes(Path.Combine(Folder, name)));

    public static JsonNode SampleJson(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.IpemFolder, name)))!;

    public static UploadedFile Json(string name, JsonNode node) => UploadedFile.FromText(name, node.ToJsonString());

    /// <summary>Random bytes with the NULs and control characters a binary file has.</summary>
    public static UploadedFile Garbage(string name)
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        return new UploadedFile(name, bytes);
    }

    /// <summary>A file over the 20 MB limit, made at run time rather than kept in the repository.</summary>
    public static UploadedFile TwentyFiveMegabytes(string name, string header)
    {
        var text = new StringBuilder(25 * 1024 * 1024 + 1024).AppendLine(header);
        var line = string.Concat(Enumerable.Repeat("x", 1000));
        while (text.Length < 25 * 1024 * 1024) text.AppendLine(line);
        return UploadedFile.FromText(name, text.ToString());
    }

    public static UploadedFile Truncated(UploadedFile file) => file with { Content = file.Content[..(file.Content.Length * 2 / 3)] };

    /// <summary>Row counts of everything an import could write, to show a refused import wrote nothing.</summary>
    public static Task<int[]> CountsAsync(TestDatabase database) => database.WithContextAsync(async db => new[]
    {
        await db.Stakeholders.CountAsync(), await db.Organisations.CountAsync(), await db.Interactions.CountAsync(),
        await db.InteractionAttendees.CountAsync(), await db.StatedPositions.CountAsync(), await db.Tags.CountAsync(),
        await db.Posts.CountAsync(), await db.AuditEntries.CountAsync(), await db.Set<ImportBatch>().CountAsync(),
        await db.Stakeholders.CountAsync(s => s.Party == "Independent"),
    });
}
