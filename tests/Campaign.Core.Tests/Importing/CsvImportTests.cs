using System.Text;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing;

public sealed class CsvImportTests : DatabaseTest
{
    private const string StakeholderHeader = "Kind,GivenName,FamilyName,Organisation,Email,Phone,Tags,LastReviewedOn";
    private const string InteractionHeader = "Kind,OccurredAt,Title,Attendees,Staff,Partners,Asks,Confidential";

    private CsvImportService _import = null!;

    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    protected override async Task SetUpAsync()
    {
        _import = new CsvImportService(Database, Database.Clock);
        await Database.AddTestActorUsersAsync();
    }

    private static UploadedFile Csv(string text, string name = "people.csv") => UploadedFile.FromText(name, text.ReplaceLineEndings("\r\n"));

    private Task<CsvImportResult> ImportAsync(CsvImportKind kind, UploadedFile file, Func<CsvImportRequest, CsvImportRequest>? change = null) =>
        _import.ImportAsync(TestActors.PublicAffairs, (change ?? (r => r))(new CsvImportRequest(kind, file)));

    [Fact]
    public async Task New_stakeholders_are_added_with_their_organisation_tags_and_one_audit_entry_for_the_batch()
    {
        var before = await ImportFixtures.CountsAsync(Database);
        var file = Csv($"""
            {StakeholderHeader}
            HealthProfessional,Siobhan,Kearney,NHS England,siobhan.kearney@nhs.example,0113 496 0999,radiology; new-tag,2026-01-15
            Other,Marek,Nowak,,marek.nowak@example.org,,,
            """);

        var result = await ImportAsync(CsvImportKind.Stakeholders, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal((2, 0, 0), (result.Created, result.Updated, result.Skipped));
        await using var db = Database.CreateDbContext();
        var kearney = await db.Stakeholders.Include(s => s.Tags).Include(s => s.Organisation).SingleAsync(s => s.Email == "siobhan.kearney@nhs.example");
        Assert.Equal(("Siobhan Kearney", "NHS England"), (kearney.DisplayName, kearney.Organisation!.Name));
        Assert.NotEqual(0, kearney.Version); // a version an editor can hold (1 on SQLite, the row's xmin on PostgreSQL)
        Assert.Equal(["new-tag", "radiology"], kearney.Tags.Select(t => t.Name).Order());
        Assert.Equal(new DateOnly(2026, 1, 15), kearney.LastReviewedOn);
        Assert.Equal(before[7] + 1, await db.AuditEntries.CountAsync()); // one entry for the batch, none per row
        var entry = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((Campaign.Auditing.AuditAction.Imported, "Pat Affairs"), (entry.Action, entry.UserName));
        Assert.Contains("people.csv", entry.Changes);
    }

    [Theory]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    public async Task Files_in_utf8_with_or_without_a_bom_and_in_windows_1252_are_read_correctly(string encoding)
    {
        var text = $"{StakeholderHeader},Notes\r\nOther,Siân,Ó Briain,,sian@example.org,,,,Owes us £20 – and a “thank you”\r\n";
        var bytes = encoding switch
        {
            "utf-8 with bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            _ => ImportText.Windows1252.GetBytes(text),
        };

        var preview = await _import.PreviewAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Stakeholders, new UploadedFile("people.csv", bytes)));
        var result = await ImportAsync(CsvImportKind.Stakeholders, new UploadedFile("people.csv", bytes));

        Assert.Equal(encoding switch { "utf-8 with bom" => "UTF-8 with BOM", "utf-8" => "UTF-8", _ => "Windows-1252" }, preview.Encoding);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await using var db = Database.CreateDbContext();
        var person = await db.Stakeholders.SingleAsync(s => s.Email == "sian@example.org");
        Assert.Equal(("Siân", "Ó Briain", "Owes us £20 – and a “thank you”"), (person.GivenName, person.FamilyName, person.Notes));
    }

    [Fact]
    public async Task The_preview_maps_columns_by_heading_and_lists_rows_that_match_existing_people()
    {
        var file = Csv("""
            Type,First name,Surname,E-mail,Member id,Party,Constituency,Favourite colour
            MP,Rachel,Iqbal,,90001,Labour,Leeds South West and Morley,green
            CivilServant,Jonathan,Harper,jonathan.harper@dhsc.example.org,,,,blue
            HealthProfessional,Adaeze,Okafor,,,,,red
            HealthProfessional,New,Person,new.person@example.org,,,,
            """);

        var preview = await _import.PreviewAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Stakeholders, file));

        var mapping = preview.Mapping.ToDictionary(m => m.Field, m => m.Column);
        Assert.Equal(("Type", "First name", "Surname", "E-mail", "Member id"),
            (mapping["Kind"], mapping["GivenName"], mapping["FamilyName"], mapping["Email"], mapping["ParliamentMemberId"]));
        Assert.Null(mapping["Phone"]);
        Assert.Equal(["Favourite colour"], preview.IgnoredColumns);
        Assert.Equal(0, preview.ProblemCount);
        Assert.Equal(1, preview.NewRows);
        Assert.Equal(
            [(2, "Parliament member id 90001"), (3, "email jonathan.harper@dhsc.example.org")],
            preview.Matches.Where(m => m.Row <= 3).Select(m => (m.Row, m.MatchedOn)));
        Assert.Equal("name and kind", preview.Matches.Single(m => m.Row == 4).MatchedOn); // the file has no Organisation column
    }

    [Fact]
    public async Task A_matched_row_is_skipped_or_updated_as_chosen_and_an_update_writes_only_the_files_columns()
    {
        var file = Csv("""
            Kind,GivenName,FamilyName,ParliamentMemberId,Party,Constituency,Priority
            MP,Rachel,Iqbal,90001,Labour,Leeds South West and Morley,C
            MP,Daniel,Osei,90002,Labour,Bristol North East,C
            """);

        var versionBefore = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90002).Select(s => s.Version).SingleAsync());

        var result = await ImportAsync(CsvImportKind.Stakeholders, file, r => r with { RowDecisions = new Dictionary<int, DuplicateAction> { [3] = DuplicateAction.Update } });

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Skipped));
        await using var db = Database.CreateDbContext();
        var iqbal = await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 90001);
        var osei = await db.Stakeholders.Include(s => s.Tags).SingleAsync(s => s.ParliamentMemberId == 90002);
        Assert.Equal(PriorityTier.A, iqbal.Priority); // skipped
        Assert.Equal(PriorityTier.C, osei.Priority); // updated
        Assert.Equal("daniel.osei.mp@parliament.example", osei.Email); // no Email column: kept
        Assert.NotEmpty(osei.Tags); // no Tags column: kept
        Assert.NotEqual(versionBefore, osei.Version); // an editor holding the old version is told to reload
    }

    [Fact]
    public async Task Interactions_are_linked_to_attendees_staff_partners_and_asks()
    {
        var file = Csv($"""
            {InteractionHeader}
            Meeting,2026-10-01T10:30,Drop-in at Portcullis House,pm:90001; jonathan.harper@dhsc.example.org,hannah.mercer@westbridge.example,IPEM,registration; pgd,false
            Call,01/10/2026 15:00,Call about the PGD ask,Dr Adaeze Okafor,,,pgd,yes
            """, "interactions.csv");

        var result = await ImportAsync(CsvImportKind.Interactions, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await using var db = Database.CreateDbContext();
        var meeting = await db.Interactions.Include(i => i.Attendees).Include(i => i.Staff).Include(i => i.Partners).Include(i => i.Asks)
            .SingleAsync(i => i.Title == "Drop-in at Portcullis House");
        Assert.Equal(new DateTime(2026, 10, 1, 10, 30, 0), meeting.OccurredAt);
        Assert.Equal((2, 1, 1, 2), (meeting.Attendees.Count, meeting.Staff.Count, meeting.Partners.Count, meeting.Asks.Count));
        var call = await db.Interactions.SingleAsync(i => i.Title == "Call about the PGD ask");
        Assert.True(call.IsConfidential);
        Assert.Equal(new DateTime(2026, 10, 1, 15, 0, 0), call.OccurredAt);
        // Read back through the app's own query: the bulk writer stores values exactly as EF does.
        var list = await new Campaign.Engagements.InteractionService(Database).ListAsync(TestActors.PublicAffairs,
            new Campaign.Engagements.InteractionListQuery { From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 10, 1) });
        Assert.Equal(2, list.TotalCount);
    }

    public static TheoryData<string, string> BadStakeholderFiles() => new()
    {
        { "truncated", "Row 3: the file is not valid CSV" },
        { "wrong shape", "none of its cells is a column this import knows" },
        { "missing headers", "none of its cells is a column this import knows" },
        { "missing column", "FamilyName: the file has no column for this required field" },
        { "bad date", "Row 2, LastReviewedOn: \"31/02/2026\" is not a date" },
        { "unknown enum", "Row 3, Kind: \"Senator\" is not one of MP, Peer, CivilServant" },
        { "duplicate rows", "Row 3, Email: repeats row 2 (same email a.b@example.org)" },
        { "over-long", "Row 2, GivenName: is 101 characters long; the most is 100" },
        { "bad email", "Row 2, Email: \"not-an-email\" is not an email address" },
        { "unknown organisation", "Row 2, Organisation: there is no organisation called \"Ministry of Magic\"" },
        { "binary", "not text" },
        { "empty", "The file is empty." },
        { "headings only", "The file has headings but no rows." },
        { "25 MB", "the most one upload may be is 20 MB" },
        { "too many rows", "more than 100,000 rows" },
        { "json", "This is a JSON file, not CSV." },
    };

    [Theory]
    [MemberData(nameof(BadStakeholderFiles))]
    public async Task A_bad_stakeholder_file_gives_a_clear_error_and_writes_nothing(string kind, string message)
    {
        var good = "Other,Ann,Bell,,a.b@example.org,,,";
        var file = kind switch
        {
            "truncated" => Csv($"{StakeholderHeader}\n{good}\nOther,\"Unclosed,Quote,,,,,"),
            "wrong shape" => Csv("Date,Amount,Payee\n2026-01-01,12.50,Stationery\n"),
            "missing headers" => Csv($"{good}\n{good.Replace("Ann", "Bob")}"),
            "missing column" => Csv("Kind,GivenName,Email\nOther,Ann,a@example.org"),
            "bad date" => Csv($"{StakeholderHeader}\nOther,Ann,Bell,,a.b@example.org,,,31/02/2026"),
            "unknown enum" => Csv($"{StakeholderHeader}\n{good}\nSenator,Cat,Dunn,,,,,"),
            "duplicate rows" => Csv($"{StakeholderHeader}\n{good}\n{good}"),
            "over-long" => Csv($"{StakeholderHeader}\nOther,{new string('A', 101)},Bell,,,,,"),
            "bad email" => Csv($"{StakeholderHeader}\nOther,Ann,Bell,,not-an-email,,,"),
            "unknown organisation" => Csv($"{StakeholderHeader}\nOther,Ann,Bell,Ministry of Magic,,,,"),
            "binary" => ImportFixtures.Garbage("people.csv"),
            "empty" => new UploadedFile("people.csv", []),
            "headings only" => Csv(StakeholderHeader + "\n"),
            "25 MB" => ImportFixtures.TwentyFiveMegabytes("people.csv", StakeholderHeader),
            "too many rows" => Csv(StakeholderHeader + "\n" + string.Join("\n", Enumerable.Range(0, ImportLimits.MaxRows + 1).Select(i => $"Other,A{i},B,,,,,"))),
            _ => ImportFixtures.Sample("members-commons.json"),
        };
        var before = await ImportFixtures.CountsAsync(Database);

        var preview = await _import.PreviewAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Stakeholders, file));
        var result = await ImportAsync(CsvImportKind.Stakeholders, file);

        Assert.False(result.Succeeded);
        Assert.False(preview.CanImport);
        Assert.Contains(result.Problems, p => p.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Contains(preview.Problems, p => p.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await ImportFixtures.CountsAsync(Database));
    }

    public static TheoryData<string, string> BadInteractionFiles() => new()
    {
        { "bad date", "Row 2, OccurredAt: \"next Tuesday\" is not a date and time" },
        { "unknown enum", "Row 2, Kind: \"Lunch\" is not one of Meeting, Call" },
        { "unknown person", "Row 2, Attendees: no one in the directory has Parliament member id \"12\"" },
        { "unknown staff", "Row 2, Staff: \"someone@else.example\" is not a user's email address" },
        { "unknown ask", "Row 2, Asks: \"world-peace\" is not one of the campaign's asks" },
        { "no attendees", "Row 2, Attendees: is empty: an interaction needs at least one attendee" },
        { "duplicate rows", "Row 3, Title: repeats row 2 (same date, time and title)" },
        { "over-long", "Row 2, Title: is 301 characters long; the most is 300" },
        { "not boolean", "Row 2, Confidential: \"perhaps\" is not true or false" },
    };

    [Theory]
    [MemberData(nameof(BadInteractionFiles))]
    public async Task A_bad_interaction_file_gives_a_clear_error_and_writes_nothing(string kind, string message)
    {
        var good = "Meeting,2026-10-01T10:30,Drop-in,pm:90001,,,,false";
        var row = kind switch
        {
            "bad date" => "Meeting,next Tuesday,Drop-in,pm:90001,,,,false",
            "unknown enum" => "Lunch,2026-10-01T10:30,Drop-in,pm:90001,,,,false",
            "unknown person" => "Meeting,2026-10-01T10:30,Drop-in,pm:12,,,,false",
            "unknown staff" => "Meeting,2026-10-01T10:30,Drop-in,pm:90001,someone@else.example,,,false",
            "unknown ask" => "Meeting,2026-10-01T10:30,Drop-in,pm:90001,,,world-peace,false",
            "no attendees" => "Meeting,2026-10-01T10:30,Drop-in,,,,,false",
            "duplicate rows" => $"{good}\n{good}",
            "over-long" => $"Meeting,2026-10-01T10:30,{new string('T', 301)},pm:90001,,,,false",
            _ => "Meeting,2026-10-01T10:30,Drop-in,pm:90001,,,,perhaps",
        };
        var before = await ImportFixtures.CountsAsync(Database);

        var result = await ImportAsync(CsvImportKind.Interactions, Csv($"{InteractionHeader}\n{row}\nCall,2026-10-02T09:00,A good row,pm:90002,,,,false", "interactions.csv"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await ImportFixtures.CountsAsync(Database));
    }

    [Fact]
    public async Task A_failure_while_writing_rolls_every_row_back()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => $"Call,2026-06-01T09:00,Bulk call {i},pm:90001,,,,false");
        var file = Csv($"{InteractionHeader}\n{string.Join("\n", rows)}", "interactions.csv");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.Stage == "Importing") cancel.Cancel(); });
        var before = await ImportFixtures.CountsAsync(Database);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _import.ImportAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Interactions, file), progress, cancel.Token));

        Assert.Equal(before, await ImportFixtures.CountsAsync(Database));
    }

    [Fact]
    public async Task A_clash_with_a_record_saved_meanwhile_imports_nothing_and_says_why()
    {
        var file = Csv("Name,Kind\nRoyal College of Radiographers,ProfessionalBody\nSociety of Radiographers,ProfessionalBody\n", "organisations.csv");
        // Someone else adds one of the same organisations after the file was checked and before it is written.
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage != "Checked") return;
            using var other = Database.CreateDbContext();
            other.Organisations.Add(new Campaign.Organisations.Organisation { Name = "Society of Radiographers" });
            other.SaveChanges();
        });

        var result = await _import.ImportAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Organisations, file), progress);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Nothing was imported: someone changed the same records", Assert.Single(result.Problems).Reason);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Royal College of Radiographers"));
        Assert.Equal(0, await db.Set<ImportBatch>().CountAsync());
    }

    [Fact]
    public async Task Large_files_report_progress_while_reading_checking_and_importing()
    {
        var rows = Enumerable.Range(0, 6000).Select(i => $"Call,2026-06-01T09:00,Bulk call {i},pm:90001,,,,false");
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        var result = await _import.ImportAsync(TestActors.PublicAffairs,
            new CsvImportRequest(CsvImportKind.Interactions, Csv($"{InteractionHeader}\n{string.Join("\n", rows)}", "interactions.csv")), progress);

        Assert.Equal(6000, result.Created);
        Assert.Equal(["Reading", "Checking", "Checked", "Importing", "Imported"], stages.Distinct());
    }

    [Fact]
    public async Task A_chosen_mapping_overrides_the_automatic_one()
    {
        var file = Csv("Kind,Name1,Name2\nOther,Ann,Bell\n");
        var mapping = new Dictionary<string, string?> { ["GivenName"] = "Name1", ["FamilyName"] = "Name2" };

        var unmapped = await _import.PreviewAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Stakeholders, file));
        var result = await ImportAsync(CsvImportKind.Stakeholders, file, r => r with { Mapping = mapping });
        var missing = await _import.PreviewAsync(TestActors.PublicAffairs, new CsvImportRequest(CsvImportKind.Stakeholders, file) { Mapping = new Dictionary<string, string?> { ["GivenName"] = "Nope" } });

        Assert.Contains(unmapped.Problems, p => p.Column == "GivenName");
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains(missing.Problems, p => p.Reason == "The column \"Nope\" chosen for GivenName is not in the file.");
    }

    [Fact]
    public async Task Organisations_can_name_a_parent_further_down_the_file_but_not_go_round_in_a_circle()
    {
        var good = Csv("Name,Kind,Parent\nRadiology Directorate,NhsBody,Northshire Hospitals\nNorthshire Hospitals,NhsBody,NHS England\n", "organisations.csv");
        var circle = Csv("Name,Kind,Parent\nA Body,Other,B Body\nB Body,Other,A Body\n", "organisations.csv");

        var ok = await ImportAsync(CsvImportKind.Organisations, good);
        var refused = await ImportAsync(CsvImportKind.Organisations, circle);

        Assert.True(ok.Succeeded, string.Join("; ", ok.Problems));
        await using var db = Database.CreateDbContext();
        var directorate = await db.Organisations.Include(o => o.Parent!).ThenInclude(o => o.Parent).SingleAsync(o => o.Name == "Radiology Directorate");
        Assert.Equal(("Northshire Hospitals", "NHS England"), (directorate.Parent!.Name, directorate.Parent.Parent!.Name));
        Assert.Contains(refused.Problems, p => p.ToString() == "Row 2, Parent: the parents in this file go round in a circle");
    }

    [Fact]
    public async Task Positions_need_their_evidence_and_resolve_the_meeting_they_came_from()
    {
        var file = Csv("""
            Person,Ask,Stance,StatedOn,EvidenceKind,PqUin,Url,Confidence
            pm:90003,registration,Supportive,2026-02-01,ParliamentaryQuestion,,,Confirmed
            pm:90003,registration,Supportive,2026-02-01,Hansard,,,Confirmed
            pm:90003,registration,Supportive,2030-02-01,Letter,,,Confirmed
            pm:90003,registration,Champion,2026-02-02,Letter,,https://example.org/letter,Likely
            """, "positions.csv");

        var result = await ImportAsync(CsvImportKind.Positions, file);

        Assert.Equal(
            ["Row 2, PqUin: evidence from a parliamentary question needs its UIN", "Row 3, Url: Hansard evidence needs the Hansard web address",
             "Row 4, StatedOn: a position cannot be stated in the future"],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_position_marked_confidential_in_the_file_is_kept_from_the_coalition_view()
    {
        var file = Csv("""
            Person,Ask,Stance,StatedOn,EvidenceKind,Url,Confidential
            pm:90003,registration,Champion,2026-11-20,PublicStatement,https://example.org/said,true
            """, "positions.csv");

        var result = await ImportAsync(CsvImportKind.Positions, file);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        await using var db = Database.CreateDbContext();
        var imported = await db.StatedPositions.AsNoTracking().SingleAsync(p => p.EvidenceUrl == "https://example.org/said");
        Assert.True(imported is { IsConfidential: true, IsCurrent: true, IsCoalitionCurrent: false });
    }

    [Fact]
    public async Task Only_roles_that_import_data_may_preview_or_import()
    {
        var file = Csv($"{StakeholderHeader}\nOther,Ann,Bell,,,,,");
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.PreviewAsync(TestActors.Leadership, new CsvImportRequest(CsvImportKind.Stakeholders, file)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _import.ImportAsync(TestActors.Coalition(1), new CsvImportRequest(CsvImportKind.Stakeholders, file)));
    }

    [Fact]
    public void Templates_hold_the_headings_in_utf8_with_a_bom()
    {
        var template = CsvImportService.Template(CsvImportKind.Interactions);

        Assert.Equal([0xEF, 0xBB, 0xBF], template[..3]);
        Assert.Equal("Kind,OccurredAt,Title,Location,Attendees,Staff,Partners,Asks,Summary,AsksRaised,TheirConcerns,CommitmentsByThem,CommitmentsByUs,Confidential,PqUin\r\n",
            Encoding.UTF8.GetString(template[3..]));
    }
}
