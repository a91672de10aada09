using Campaign.Common;
using Campaign.Data;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Stakeholders;

/// <summary>
/// The directory's search box and the attendee picker find their candidates through the trigram index and must
/// still return exactly what a LIKE over every person returns (the oracle here is that LIKE, written out in SQL).
/// </summary>
public sealed class StakeholderNameIndexTests : DatabaseTest
{
    private StakeholderDirectory _directory = null!;

    // Each searched for as typed; between them: case, a peer whose display name is not "given family", an accented
    // name, LIKE's own wildcards, quotes (FTS5's string delimiter), text across the space, organisations, departments.
    private static readonly string[] Typed =
    [
        "pat", "PATEL", "atel", "tel", "Ms Pa", "a Pa", "Lord", "of Wh", "Siân", "SIÂN", "sian", "Ørs", "ørsted", "50%", "0%", "_x_",
        "o'br", "O'Brien", "\"q\"", "Brist", "stol C", "regulation", "DHSC", "dhs", "Health and", "NHS Trust", "zz", "zzz", "x",
        "  patel  ", "nobody at all",
    ];

    protected override async Task SetUpAsync()
    {
        _directory = new StakeholderDirectory(Database, Database.Clock);
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var dhsc = b.Organisation("Department of Health and Social Care", "DHSC");
        var trust = b.Organisation("St Elsewhere 50% NHS Trust");
        b.Person("Priya", "Patel", StakeholderKind.MP, s => s.Constituency = "Bristol Central");
        b.Person("Raj", "PATELLA", StakeholderKind.MP, s => s.Constituency = "Bristol East");
        b.Person("Anna", "Paterson", StakeholderKind.Other, s => s.DisplayName = "Ms Anna Paterson");
        b.Person("Tom", "Whitby", StakeholderKind.Peer, s => s.DisplayName = "Lord Whitby of Whitehaven");
        b.Person("Siân", "Jones", StakeholderKind.Other);
        b.Person("Søren", "Ørsted", StakeholderKind.Other);
        b.Person("Owen", "O'Brien", StakeholderKind.Other, s => s.DisplayName = "Owen \"q\" O'Brien");
        b.Person("Dev", "Dhillon", StakeholderKind.CivilServant, s => { s.Organisation = dhsc; s.Department = "Professional Regulation"; });
        b.Person("Eve", "Evans", StakeholderKind.HealthProfessional, s => s.Organisation = trust);
        b.Person("Max", "Under_x_score", StakeholderKind.Other);
        for (var i = 0; i < 30; i++) b.Person($"Person{i:00}", $"Zz{i:00}");
        await b.SaveAsync();
    }

    [Fact]
    public async Task The_directory_search_finds_exactly_what_a_LIKE_over_everyone_finds()
    {
        foreach (var typed in Typed)
        {
            var listed = (await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { Search = typed, PageSize = 200 }))
                .Items.Select(i => i.Id).Order().ToList();
            Assert.True((await DirectoryLikeAsync(typed)).Order().SequenceEqual(listed), $"Searching for [{typed}] listed different people from the LIKE.");
        }
        // The oracle is not vacuous: it finds people for most of what is typed.
        Assert.Equal(3, (await DirectoryLikeAsync("pat")).Count);
    }

    [Fact]
    public async Task The_attendee_picker_suggests_exactly_what_a_LIKE_over_everyone_suggests()
    {
        foreach (var typed in Typed)
        {
            var suggested = (await _directory.SuggestAsync(TestActors.PublicAffairs, typed, 50)).Select(s => s.Id).Order().ToList();
            Assert.True((await SuggestLikeAsync(typed)).Order().SequenceEqual(suggested), $"Typing [{typed}] suggested different people from the LIKE.");
        }
    }

    [Fact]
    public async Task The_index_follows_new_renamed_and_deleted_people()
    {
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Person("Quentin", "Quarshie", StakeholderKind.MP);
            await b.SaveAsync();
        }
        Assert.Single(await SearchAsync("uarsh"));

        await using (var db = Database.CreateDbContext())
        {
            var quentin = await db.Stakeholders.SingleAsync(s => s.FamilyName == "Quarshie");
            (quentin.FamilyName, quentin.DisplayName) = ("Quist", "Quentin Quist");
            await db.SaveChangesAsync();
        }
        Assert.Empty(await SearchAsync("uarsh"));
        Assert.Single(await SearchAsync("entin Qu"));

        await using (var db = Database.CreateDbContext())
        {
            await db.Stakeholders.Where(s => s.FamilyName == "Quist").ExecuteDeleteAsync();
        }
        Assert.Empty(await SearchAsync("entin Qu"));
    }

    [Fact]
    public async Task Three_characters_or_more_are_looked_up_in_the_index_rather_than_by_reading_everyone()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: the trigram index is an FTS5 table.");
        await using var db = Database.CreateDbContext();
        var plan = await PlanAsync(db, StakeholderDirectory.Filter(db, new StakeholderListQuery { Search = "Patel" }, Campaign.Confidentiality.Clearance.Staff).ToQueryString());
        Assert.Contains("StakeholderNames VIRTUAL TABLE INDEX", plan);
        Assert.DoesNotContain("SCAN s", plan.Split('\n').Select(l => l.Trim('|', '-', '`', ' ')));
    }

    [Fact]
    public async Task Setting_a_name_to_what_it_already_is_does_not_re_index_it()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: the name indexes are FTS5 tables kept by triggers.");
        await using var db = Database.CreateDbContext();
        var id = await db.Stakeholders.Where(s => s.FamilyName == "Patel").Select(s => s.Id).SingleAsync();
        // A Members import sets every column Parliament owns on a changed member: here the party changes, the names do not.
        var unchanged = await ChangesAsync(db, $"UPDATE Stakeholders SET Party = 'Green', DisplayName = DisplayName, FamilyName = FamilyName, Constituency = Constituency WHERE Id = {id}");
        var renamed = await ChangesAsync(db, $"UPDATE Stakeholders SET Party = 'Labour', DisplayName = DisplayName || ' MP', FamilyName = FamilyName, Constituency = Constituency WHERE Id = {id}");
        // Each index removes the old words and writes the new: two writes to each of the two indexes.
        Assert.True(renamed >= unchanged + 4, $"{unchanged} changes for a party, {renamed} for a new name");
        Assert.Single(await SearchAsync("Patel MP"));
    }

    private static async Task<long> ChangesAsync(CampaignDbContext db, string update)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT total_changes();";
        var before = (long)(await command.ExecuteScalarAsync())!;
        command.CommandText = update + "; SELECT total_changes();";
        return (long)(await command.ExecuteScalarAsync())! - before;
    }

    private async Task<IReadOnlyList<int>> SearchAsync(string typed) =>
        (await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { Search = typed, PageSize = 200 })).Items.Select(i => i.Id).ToList();

    private Task<List<int>> DirectoryLikeAsync(string typed) => LikeAsync(typed, $"""
        SELECT s."Id" AS "Value" FROM "Stakeholders" s LEFT JOIN "Organisations" o ON o."Id" = s."OrganisationId"
        WHERE {Like("s.\"DisplayName\"", 0)} OR {Like("(coalesce(s.\"GivenName\", '') || ' ' || coalesce(s.\"FamilyName\", ''))", 0)}
           OR {Like("s.\"Constituency\"", 0)} OR {Like("s.\"Department\"", 0)} OR {Like("o.\"Name\"", 0)} OR {Like("o.\"ShortName\"", 0)}
        """, SearchPattern.Contains(typed));

    private Task<List<int>> SuggestLikeAsync(string typed)
    {
        var escaped = SearchPattern.EscapeLike(typed.Trim());
        return LikeAsync(typed, $"""
            SELECT "Id" AS "Value" FROM "Stakeholders"
            WHERE {Like("\"DisplayName\"", 0)} OR {Like("\"FamilyName\"", 1)} OR {Like("\"Constituency\"", 1)}
            """, "%" + escaped + "%", escaped + "%");
    }

    // The app's LIKE ignores case on both providers: SQLite's LIKE does (for ASCII); on PostgreSQL the app lowers both sides.
    private static string Like(string column, int parameter) => TestDatabase.IsPostgres
        ? $"lower({column}) LIKE lower({{{parameter}}}) ESCAPE '\\'"
        : $"{column} LIKE {{{parameter}}} ESCAPE '\\'";

    private async Task<List<int>> LikeAsync(string typed, string sql, params object[] patterns)
    {
        if (string.IsNullOrWhiteSpace(typed)) return [];
        await using var db = Database.CreateDbContext();
        // The SQL is this class's own constants; what was typed goes in as parameters.
        return await db.Database.SqlQueryRaw<int>(sql, patterns).ToListAsync();
    }

    private static async Task<string> PlanAsync(CampaignDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // ToQueryString declares the parameters first (".param set") and may end with a note on split queries.
        var statement = sql.Split('\n').SkipWhile(l => !l.StartsWith("SELECT", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0);
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', statement);
        foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].Trim()[1..^1].Replace("''", "'", StringComparison.Ordinal);
            command.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return string.Join('\n', plan);
    }
}
