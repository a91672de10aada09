using System.Text;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Exporting;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Exporting;

public sealed class CsvExportTests : DatabaseTest
{
    private CsvExportService _export = null!;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override Task SetUpAsync()
    {
        _export = new CsvExportService(Database, Database.Clock);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_data()
    {
        var exported = await ExportAllAsync(_export);
        await using var copy = await TestDatabase.CreateAsync(Database.Clock);
        await PrepareStaffAndCampaignAsync(copy);
        var import = new CsvImportService(copy, copy.Clock);

        foreach (var (kind, file) in new[]
                 {
                     (CsvImportKind.Organisations, exported.Organisations), (CsvImportKind.Stakeholders, exported.Stakeholders),
                     (CsvImportKind.Interactions, exported.Interactions), (CsvImportKind.Positions, exported.Positions),
                 })
        {
            var result = await import.ImportAsync(TestActors.Admin, new CsvImportRequest(kind, new UploadedFile($"{kind}.csv", file)));
            Assert.True(result.Succeeded, $"{kind}: {string.Join("; ", result.Problems.Take(5))}");
        }

        var again = await ExportAllAsync(new CsvExportService(copy, copy.Clock));
        Assert.Equal(Text(exported.Organisations), Text(again.Organisations));
        Assert.Equal(Text(exported.Stakeholders), Text(again.Stakeholders));
        Assert.Equal(Text(exported.Interactions), Text(again.Interactions));
        Assert.Equal(Text(exported.Positions), Text(again.Positions));
        Assert.True(Lines(exported.Interactions) > 70 && Lines(exported.Positions) > 90 && Lines(exported.Stakeholders) > 40);
    }

    [Fact]
    public async Task Exports_are_utf8_with_a_byte_order_mark_so_excel_reads_them()
    {
        var bytes = await _export.StakeholdersAsync(TestActors.Leadership, new StakeholderListQuery());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Kind,Honorific,GivenName,FamilyName", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    [InlineData("\ncmd")]
    public async Task A_cell_that_starts_like_a_formula_gets_a_leading_apostrophe_and_imports_back_without_it(string value)
    {
        await using (var db = Database.CreateDbContext())
        {
            var person = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90001);
            person.Notes = value;
            person.Role = "Plain text";
            await db.SaveChangesAsync();
        }

        var bytes = await _export.StakeholdersAsync(TestActors.Admin, new StakeholderListQuery { Search = "Iqbal" });

        using var reader = CsvReader.Create(bytes);
        Assert.True(reader.Read());
        Assert.Equal("'" + value, reader.GetString("Notes"));
        Assert.Equal("Plain text", reader.GetString("Role"));
        Assert.Equal(value, CsvFile.Clean(reader.GetString("Notes")));
    }

    [Fact]
    public async Task Exports_follow_the_list_filters()
    {
        var peers = await _export.StakeholdersAsync(TestActors.PublicAffairs, new StakeholderListQuery { Kind = StakeholderKind.Peer });
        var letters = await _export.InteractionsAsync(TestActors.PublicAffairs, new InteractionListQuery { Kind = InteractionKind.Letter });
        var overdue = await _export.FollowUpsAsync(TestActors.PublicAffairs, new FollowUpQuery(false, FollowUpFilter.Overdue));

        Assert.Equal(8, Lines(peers) - 1);
        Assert.All(Rows(peers), r => Assert.Equal("Peer", r[0]));
        Assert.All(Rows(letters), r => Assert.Equal("Letter", r[0]));
        Assert.NotEmpty(Rows(letters));
        Assert.NotEmpty(Rows(overdue));
        Assert.All(Rows(overdue), r => Assert.Equal("true", r[3]));
    }

    [Fact]
    public async Task Positions_export_follows_the_directory_filters_and_the_ask()
    {
        int askId;
        await using (var db = Database.CreateDbContext())
            askId = await db.Asks.Where(a => a.Code == "pgd").Select(a => a.Id).SingleAsync();

        var bytes = await _export.PositionsAsync(TestActors.PublicAffairs, new StakeholderListQuery { Kind = StakeholderKind.MP }, askId);

        var rows = Rows(bytes);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("pgd", r[1]));
        Assert.All(rows, r => Assert.StartsWith("pm:900", r[0]));
    }

    [Fact]
    public async Task Coalition_members_may_not_export()
    {
        var partner = await Database.WithContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());

        await Assert.ThrowsAsync<AccessDeniedException>(() => _export.StakeholdersAsync(TestActors.Coalition(partner), new StakeholderListQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _export.InteractionsAsync(TestActors.Coalition(partner), new InteractionListQuery()));
    }

    private sealed record Exported(byte[] Organisations, byte[] Stakeholders, byte[] Interactions, byte[] Positions);

    private static async Task<Exported> ExportAllAsync(CsvExportService export) => new(
        await export.OrganisationsAsync(TestActors.Admin),
        await export.StakeholdersAsync(TestActors.Admin, new StakeholderListQuery()),
        await export.InteractionsAsync(TestActors.Admin, new InteractionListQuery()),
        await export.PositionsAsync(TestActors.Admin, new StakeholderListQuery(), null));

    /// <summary>The same staff (by email) and campaign asks (by code) as the sample: what CSV files refer to but do not carry.</summary>
    private static async Task PrepareStaffAndCampaignAsync(TestDatabase copy)
    {
        await using var db = copy.CreateDbContext();
        foreach (var line in File.ReadAllLines(Path.Combine(Samples.IpemFolder, "staff.csv")).Skip(1))
        {
            var email = line.Split(',')[0];
            db.Users.Add(new CampaignUser { UserName = email, Email = email, DisplayName = line.Split(',')[1] });
        }
        db.Users.Add(new CampaignUser { Id = TestActors.Admin.UserId!, UserName = "admin", DisplayName = "Ada Admin" });
        db.Campaigns.Add(new LobbyCampaign
        {
            Name = "Copy", Asks = [new Ask { Code = "registration", Title = "Registration", SortOrder = 0 }, new Ask { Code = "pgd", Title = "PGD", SortOrder = 1 }],
        });
        await db.SaveChangesAsync();
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static int Lines(byte[] bytes) => Rows(bytes).Count + 1;

    private static List<string[]> Rows(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }
}
