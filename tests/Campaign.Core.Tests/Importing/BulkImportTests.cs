using System.Globalization;
using System.Text;
using Campaign.Core.Tests.Data;
using Campaign.Data;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaign.Core.Tests.Importing;

/// <summary>
/// CSV imports stage their rows and write them in one short transaction, with the insert triggers deferred and the
/// derived data brought up to date set-based: every derived value must still equal a recount, and nobody else's write
/// may wait on the import while it is being prepared.
/// </summary>
public sealed class BulkImportTests : DatabaseTest
{
    private static readonly string[] Attendees =
    [
        "pm:90001", "pm:90002", "pm:90003", "pm:90004", "pm:90005", "pm:90031", "pm:90032",
        "robert.whitford@dhsc.example.org", "adaeze.okafor@nhs.example", "michelle.lee@ipem.example",
        "morwenna.trelawny@nhs.example", "jago.penrose@example.org",
    ];

    private CsvImportService _import = null!;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override async Task SetUpAsync()
    {
        _import = new CsvImportService(Database, Database.Clock);
        await Database.AddTestActorUsersAsync();
    }

    private async Task<CsvImportResult> ImportAsync(CsvImportKind kind, string text, IProgress<CsvImportProgress>? progress = null)
    {
        var request = new CsvImportRequest(kind, UploadedFile.FromText($"{kind}.csv", text.ReplaceLineEndings("\r\n"))) { Duplicates = DuplicateAction.Update };
        var result = await _import.ImportAsync(TestActors.PublicAffairs, request, progress);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result;
    }

    [Fact]
    public async Task A_bulk_import_leaves_every_derived_value_equal_to_a_recount_in_both_views_and_the_search_indexes()
    {
        await ImportAsync(CsvImportKind.Organisations, """
            Name,ShortName,Kind,Parent,Notes
            Wessex Radiography Network,WRN,NhsBody,Wessex Imaging Group,Meets monthly in Salisbury
            Wessex Imaging Group,WIG,NhsBody,,Regional imaging network
            Institute of Physics and Engineering in Medicine,IPEM,CoalitionPartner,,Convenes the coalition (kept up to date by import)
            """);
        await ImportAsync(CsvImportKind.Stakeholders, """
            Kind,GivenName,FamilyName,Organisation,Email,Tags,Posts,Notes
            HealthProfessional,Morwenna,Trelawny,Wessex Radiography Network,morwenna.trelawny@nhs.example,radiology;wessex,Lead radiographer,Prefers email
            Other,Jago,Penrose,WRN,jago.penrose@example.org,wessex,,
            CivilServant,Robert,Whitford,,robert.whitford@dhsc.example.org,dhsc;wessex-programme,,Moved to the Wessex programme
            """);

        var interactions = new StringBuilder("Kind,OccurredAt,Title,Attendees,Staff,Partners,Asks,Confidential,Summary,Location\n");
        var kinds = new[] { "Meeting", "Call", "Email", "Letter" };
        for (var n = 0; n < 240; n++)
        {
            var at = new DateTime(2025, 1, 6, 9, 0, 0).AddDays(3 * n).AddMinutes(n);
            var people = new[] { Attendees[n % Attendees.Length], Attendees[(n * 7 + 3) % Attendees.Length] }.Distinct();
            var partners = n % 3 == 0 ? "IPEM" : n % 5 == 0 ? "RCT; Wessex Imaging Group" : "";
            var asks = (n % 4) switch { 0 => "registration", 1 => "registration; pgd", 2 => "pgd", _ => "" };
            interactions.Append(CultureInfo.InvariantCulture, $"{kinds[n % kinds.Length]},{at:yyyy-MM-ddTHH:mm},Wessex contact {n:D3},{string.Join("; ", people)},")
                .Append(CultureInfo.InvariantCulture, $"{(n % 2 == 0 ? "hannah.mercer@westbridge.example" : "")},{partners},{asks},{(n % 4 == 3 ? "true" : "false")},")
                .Append(CultureInfo.InvariantCulture, $"Discussed {(n % 4 == 3 ? "quinquereme" : "trebuchet")} number {n},{(n % 2 == 0 ? "Salisbury" : "")}\n");
        }
        // A contact already in the sample: updated, made confidential, and its attendees replaced.
        interactions.Append("Meeting,2021-03-17T14:00,Exploratory meeting of professional bodies on clinical technologist registration,pm:90001; jago.penrose@example.org,,IPEM,,true,Updated by the bulk import,\n");
        var imported = await ImportAsync(CsvImportKind.Interactions, interactions.ToString());
        Assert.Equal((240, 1), (imported.Created, imported.Updated));

        var positions = new StringBuilder("Person,Ask,Stance,StatedOn,EvidenceKind,InteractionAt,InteractionTitle,Confidential,Url\n");
        var stances = new[] { "Champion", "Supportive", "Neutral", "Sceptical", "Opposed", "Unknown" };
        for (var n = 0; n < 90; n++)
        {
            var person = Attendees[n % 9];
            var ask = n % 2 == 0 ? "registration" : "pgd";
            // Meeting evidence from the imported contacts, a quarter of them confidential; letters from any date.
            var meeting = n % 3 == 0 ? 4 * (n % 40) + (n % 4) : -1;
            var on = meeting >= 0 ? new DateTime(2025, 1, 6, 9, 0, 0).AddDays(3 * meeting).AddMinutes(meeting) : new DateTime(2024, 3, 1).AddDays(11 * n);
            positions.Append(CultureInfo.InvariantCulture, $"{person},{ask},{stances[n % stances.Length]},{on:yyyy-MM-dd},{(meeting >= 0 ? "Meeting" : "Letter")},")
                .Append(CultureInfo.InvariantCulture, $"{(meeting >= 0 ? $"{on:yyyy-MM-ddTHH:mm},Wessex contact {meeting:D3}" : ",")},{(n % 5 == 0 ? "true" : "false")},\n");
        }
        // A record already in the sample, made confidential by the update.
        positions.Append("pm:90001,registration,Champion,2026-02-11,Hansard,,,true,https://hansard.parliament.uk/Commons/2026-02-11/debates/SAMPLE-WH-20260211/RegulationOfClinicalTechnologists\n");
        var recorded = await ImportAsync(CsvImportKind.Positions, positions.ToString());
        Assert.Equal((90, 1), (recorded.Created, recorded.Updated));

        await DerivedDataRecount.AssertMatchesAsync(Database);
        await SearchIndexRecount.AssertMatchesAsync(Database);
        await using var db = Database.CreateDbContext();
        var network = await db.Organisations.Include(o => o.Parent).SingleAsync(o => o.Name == "Wessex Radiography Network");
        Assert.Equal("Wessex Imaging Group", network.Parent!.Name);
        var morwenna = await db.Stakeholders.Include(s => s.Tags).Include(s => s.Posts).SingleAsync(s => s.Email == "morwenna.trelawny@nhs.example");
        Assert.Equal((network.Id, "radiology wessex", "Lead radiographer"),
            (morwenna.OrganisationId, string.Join(" ", morwenna.Tags.Select(t => t.Name).Order()), Assert.Single(morwenna.Posts).Title));
        Assert.Equal(60, await db.Interactions.CountAsync(i => i.Title.StartsWith("Wessex contact") && i.IsConfidential));
        if (!TestDatabase.IsPostgres)
        {
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>($"""SELECT count(*) AS "Value" FROM "{DerivedDataSql.SqliteDeferralTable}" """).SingleAsync());
            // The imports turned segment merging off while they held the lock; every later writer merges again.
            string[] automerge =
            [
                """SELECT v AS "Value" FROM SearchInteractions_config WHERE k = 'automerge'""",
                """SELECT v AS "Value" FROM SearchInteractionsShared_config WHERE k = 'automerge'""",
                """SELECT v AS "Value" FROM SearchStakeholders_config WHERE k = 'automerge'""",
                """SELECT v AS "Value" FROM SearchOrganisations_config WHERE k = 'automerge'""",
            ];
            foreach (var sql in automerge) Assert.Equal(4, await db.Database.SqlQueryRaw<int>(sql).SingleAsync());
        }

        // What the coalition may not see stays out of its search; staff find it.
        var search = new Campaign.Search.SearchService(Database);
        Assert.Equal(60, (await search.SearchAsync(TestActors.PublicAffairs, "quinquereme")).Interactions.Count);
        Assert.Equal(0, (await search.SearchAsync(TestActors.Coalition(network.Id), "quinquereme")).Interactions.Count);
        Assert.Equal(180, (await search.SearchAsync(TestActors.Coalition(network.Id), "trebuchet")).Interactions.Count);
    }

    [Fact]
    public async Task Other_writes_go_through_while_an_import_is_being_prepared()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => $"Meeting,2026-10-{1 + i % 28:D2}T09:00,Staged call {i},pm:90001; pm:90002,,IPEM,registration,false");
        var wrote = new List<string>();
        // Reported while the rows are being written (staged): another person saves a meeting with the same people, in the
        // same month, with the same partner, so on PostgreSQL too it needs the rows an import used to lock until it ended.
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage != "Importing" || wrote.Count > 0) return;
            wrote.Add(OtherWriter.Log(Database, $"Meanwhile {p.Done}"));
        });

        var result = await ImportAsync(CsvImportKind.Interactions, $"Kind,OccurredAt,Title,Attendees,Staff,Partners,Asks,Confidential\n{string.Join("\n", rows)}", progress);

        Assert.Equal(3000, result.Created);
        Assert.Equal(["saved"], wrote);
        await DerivedDataRecount.AssertMatchesAsync(Database);
        await SearchIndexRecount.AssertMatchesAsync(Database);
    }

    [Fact]
    public async Task Every_table_with_insert_triggers_has_their_set_based_equivalent()
    {
        await using var db = Database.CreateDbContext();
        var tables = TestDatabase.IsPostgres
            ? await db.Database.SqlQueryRaw<string>("""SELECT DISTINCT event_object_table AS "Value" FROM information_schema.triggers WHERE event_manipulation = 'INSERT'""").ToListAsync()
            : await db.Database.SqlQueryRaw<string>("""SELECT DISTINCT tbl_name AS "Value" FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT ON%'""").ToListAsync();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.NotEmpty(DerivedDataSql.ForBulkInsert(TestDatabase.Provider, table, "staged").After));
    }

    /// <summary>A save on a connection of its own that waits for no one: it fails at once if anyone holds what it needs.</summary>
    private static class OtherWriter
    {
        public static string Log(TestDatabase database, string title)
        {
            try
            {
                if (TestDatabase.IsPostgres)
                {
                    using var connection = new NpgsqlConnection(database.ConnectionString);
                    connection.Open();
                    Execute(connection, "SET lock_timeout = '1s'");
                    Execute(connection, Sql(title));
                }
                else
                {
                    using var connection = new SqliteConnection(database.ConnectionString);
                    connection.Open();
                    Execute(connection, "PRAGMA busy_timeout = 0; PRAGMA foreign_keys = ON;");
                    Execute(connection, Sql(title));
                }
                return "saved";
            }
            catch (Exception ex) when (ex is SqliteException or PostgresException)
            {
                return ex.Message;
            }
        }

        private static string Sql(string title) => $"""
            BEGIN;
            INSERT INTO "Interactions" ("CampaignId", "Kind", "OccurredAt", "Title", "IsConfidential", {RowStamps})
            SELECT "Id", 'Meeting', '2026-10-05 11:00:00', '{title}', false, {RowValues} FROM "Campaigns" ORDER BY "Id" LIMIT 1;
            INSERT INTO "InteractionAttendees" ("InteractionId", "StakeholderId")
            SELECT i."Id", s."Id" FROM "Interactions" i, "Stakeholders" s WHERE i."Title" = '{title}' AND s."ParliamentMemberId" IN (90001, 90002);
            INSERT INTO "InteractionPartners" ("InteractionId", "OrganisationId")
            SELECT i."Id", o."Id" FROM "Interactions" i, "Organisations" o WHERE i."Title" = '{title}' AND o."ShortName" = 'IPEM';
            UPDATE "Stakeholders" SET "Notes" = 'Seen meanwhile' WHERE "ParliamentMemberId" = 90001;
            COMMIT;
            """;

        // SQLite's version and timestamps (numbers), or PostgreSQL's timestamps (the version there is xmin).
        private static string RowStamps => TestDatabase.IsPostgres ? "\"CreatedAt\", \"UpdatedAt\"" : "\"Version\", \"CreatedAt\", \"UpdatedAt\"";

        private static string RowValues => TestDatabase.IsPostgres ? "now(), now()" : "1, 0, 0";

        private static void Execute(System.Data.Common.DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
