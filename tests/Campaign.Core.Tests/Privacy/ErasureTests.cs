using System.Text;
using Campaign.Auditing;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Campaign.Core.Tests.Privacy.ErasureScenario;

namespace Campaign.Core.Tests.Privacy;

/// <summary>UK GDPR Art. 17: after erasure, nothing that names the person is left anywhere the app stores data.</summary>
public sealed class ErasureTests : DatabaseTest
{
    private ErasureScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await ErasureScenario.CreateAsync(Database);

    /// <summary>
    /// Every form the two names and their contact details could be stored in: full names (now and before), each name
    /// of four letters or more, accent-free lower-case forms (slugs, search tokens), the JSON-escaped forms the
    /// serializer writes, and the emails, telephone number and address.
    /// </summary>
    private static readonly string[] Traces =
    [
        Sian, SianEarlier, Zoe, "Siân", "Zoë", "O'Brien", "O’Brien", "Dhomhnaill", "Briain",
        "sian", "obrien", "o-brien", "dhomhnaill", "briain", "zoe-o", "ni-dhomhnaill",
        "Si\\u00E2n", "O\\u0027Brien", "Zo\\u00EB", "\\u00D3 Briain", "N\\u00ED Dhomhnaill",
        SianEmail, SianOldEmail, ZoeEmail, "01970 612 345", "01970612345", "Heol y Wig",
    ];

    [Fact]
    public async Task After_erasure_no_name_or_email_of_theirs_is_in_the_database_file_its_log_or_any_stored_file()
    {
        var database = _scenario.Database;
        Assert.Equal(2, await _scenario.EraseBothAsync());

        // A Members import naming the erased MP again brings nothing back.
        var members = new MembersImportService(database, database.Clock);
        var preview = await members.PreviewAsync(TestActors.PublicAffairs, SianMembersFile());
        Assert.Equal((1, 0, 0), (preview.Summary!.ErasedSkipped, preview.Summary.New.Count, preview.Summary.Changed.Count));
        var people = await database.WithContextAsync(db => db.Stakeholders.CountAsync());
        var imported = await members.ImportAsync(TestActors.PublicAffairs, SianMembersFile());
        Assert.True(imported.Committed);
        Assert.Equal(people, await database.WithContextAsync(db => db.Stakeholders.CountAsync()));
        Assert.False(await database.WithContextAsync(db => db.Stakeholders.AnyAsync(s => s.ParliamentMemberId == SianMemberId)));

        Assert.SkipWhen(TestDatabase.IsPostgres,
            "SQLite only: the byte search reads the database file and its log. PostgreSQL keeps dead row versions until (auto)vacuum, in files this test cannot read.");
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var files = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*");
        Assert.Contains(path, files);
        var found = files.SelectMany(file => Find(File.ReadAllBytes(file), Traces).Select(hit => $"{Path.GetFileName(file)}: {hit}")).ToList();
        Assert.True(found.Count == 0, "Still stored:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task The_byte_search_finds_them_before_erasure()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: reads the database file.");
        await using (var db = _scenario.Database.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var path = new SqliteConnectionStringBuilder(_scenario.Database.ConnectionString).DataSource;

        var found = Find(File.ReadAllBytes(path), Traces);

        // The search itself works, in every form: raw names, escaped JSON, slugs and emails.
        foreach (var trace in new[] { "Siân", "Si\\u00E2n", "O\\u0027Brien", "dhomhnaill", "zoe-o", ZoeEmail, SianOldEmail })
            Assert.Contains(found, hit => hit.StartsWith($"\"{trace}\"", StringComparison.Ordinal));
    }

    /// <summary>Each trace found, with where and the bytes around it; ASCII letters compare without case.</summary>
    private static List<string> Find(byte[] haystack, IEnumerable<string> traces)
    {
        var lowered = Lower(haystack);
        var hits = new List<string>();
        foreach (var trace in traces)
        {
            var at = lowered.AsSpan().IndexOf(Lower(Encoding.UTF8.GetBytes(trace)));
            if (at < 0) continue;
            var from = Math.Max(0, at - 40);
            var context = new string(haystack[from..Math.Min(haystack.Length, at + trace.Length + 40)].Select(b => b is >= 32 and < 127 ? (char)b : '.').ToArray());
            hits.Add($"\"{trace}\" at byte {at}: {context}");
        }
        return hits;
    }

    private static byte[] Lower(byte[] bytes) => bytes.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b).ToArray();
}
