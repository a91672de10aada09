using Campaign.Data;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaign.Core.Tests.Search;

/// <summary>The index follows every kind of write (SQLite: FTS5 triggers; PostgreSQL: generated tsvector columns).</summary>
public sealed class SearchIndexSyncTests : SearchScenario
{
    private static readonly string[] IntegrityChecks = new[] { "SearchStakeholders", "SearchOrganisations", "SearchInteractions" }
        .Select(index => "INSERT INTO " + index + "(" + index + ", rank) VALUES ('integrity-check', 1)").ToArray();

    [Fact]
    public async Task What_the_services_create_is_found_at_once()
    {
        // Also shows EF's INSERT … RETURNING still works on tables with AFTER triggers (the ids come back).
        var person = await new StakeholderService(Database, Database.Clock).CreateAsync(TestActors.PublicAffairs,
            new StakeholderEditModel { Kind = StakeholderKind.Other, GivenName = "Morwenna", FamilyName = "Trelawny" });
        var organisation = await new OrganisationService(Database).CreateAsync(TestActors.PublicAffairs,
            new OrganisationEditModel { Name = "Cornish Radiography Trust", Kind = OrganisationKind.NhsBody });
        var contact = await new InteractionService(Database).LogAsync(TestActors.PublicAffairs, new InteractionEditModel
        {
            CampaignId = Campaign.Id, OccurredAt = new DateTime(2026, 11, 2, 9, 0, 0), Title = "Call about Truro", AttendeeIds = [person.Id!.Value],
        });

        Assert.Equal(person.Id, Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "Trelawny")).People.Hits).Id);
        Assert.Equal(organisation.Id, Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "Radiography")).Organisations.Hits).Id);
        var hit = Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "Truro")).Interactions.Hits);
        Assert.Equal(contact.Id, hit.Id);
        Assert.Equal(["Morwenna Trelawny"], hit.Attendees);
    }

    [Fact]
    public async Task A_renamed_person_is_found_by_the_new_name_and_not_the_old()
    {
        var service = new StakeholderService(Database, Database.Clock);
        var edit = (await service.GetForEditAsync(TestActors.PublicAffairs, Priya.Id))!;
        edit.FamilyName = "Okonkwo";
        edit.DisplayName = null;
        Assert.True((await service.UpdateAsync(TestActors.PublicAffairs, Priya.Id, edit)).Succeeded);

        var byNew = await Search.SearchAsync(TestActors.PublicAffairs, "Okonkwo");
        var byOld = await Search.SearchAsync(TestActors.PublicAffairs, "Priya Patel");

        Assert.Equal(Priya.Id, Assert.Single(byNew.People.Hits).Id);
        Assert.Equal("Priya Okonkwo", byNew.People.Hits[0].Name.Plain);
        Assert.Equal(0, byOld.People.Count);
    }

    [Fact]
    public async Task A_deleted_interaction_is_no_longer_found()
    {
        Assert.Equal(1, (await Search.SearchAsync(TestActors.PublicAffairs, "timetable")).Interactions.Count);

        var result = await new InteractionService(Database).DeleteAsync(TestActors.PublicAffairs, Roundtable.Id, Roundtable.Version);

        Assert.True(result.Succeeded);
        Assert.Equal(0, (await Search.SearchAsync(TestActors.PublicAffairs, "timetable")).Interactions.Count);
    }

    [Fact]
    public async Task An_edited_interaction_is_found_by_its_new_words_only()
    {
        var service = new InteractionService(Database);
        var edit = (await service.GetForEditAsync(TestActors.PublicAffairs, Roundtable.Id))!;
        edit.Summary = "Agreed a consultation instead.";
        Assert.True((await service.UpdateAsync(TestActors.PublicAffairs, Roundtable.Id, edit)).Succeeded);

        Assert.Equal(0, (await Search.SearchAsync(TestActors.PublicAffairs, "timetable")).Interactions.Count);
        Assert.Equal(1, (await Search.SearchAsync(TestActors.PublicAffairs, "consultation")).Interactions.Count);
    }

    [Fact]
    public async Task Rows_written_with_raw_sql_like_the_imports_are_indexed_too()
    {
        await using (var db = Database.CreateDbContext())
        {
            // Constant SQL (the name goes as a parameter): only the provider's stamp columns are put in.
            var insert = $$"""INSERT INTO "Organisations" ("Name", "Kind", {{RowStamps.Columns}}) VALUES ({0}, 'Other', {{RowStamps.Values}})""";
            await db.Database.ExecuteSqlRawAsync(insert, "Scottish Clinical Scientists");
            await db.Database.ExecuteSqlAsync($"""UPDATE "Organisations" SET "Notes" = {"Meets in Dundee"} WHERE "Name" = {"Physics Teachers Network"}""");
        }

        Assert.Equal(1, (await Search.SearchAsync(TestActors.PublicAffairs, "Scottish clinical")).Organisations.Count);
        Assert.Equal("Physics Teachers Network", Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "Dundee")).Organisations.Hits).Name.Plain);
    }

    [Fact]
    public async Task An_erased_person_cannot_be_found_by_their_old_name()
    {
        await TestServices.Privacy(Database).EraseAsync(TestActors.Admin, Ann.Id);

        Assert.Equal(0, (await Search.SearchAsync(TestActors.Admin, "Baker")).People.Count);
        Assert.Equal(0, (await Search.SearchAsync(TestActors.Admin, "sceptical")).People.Count);
        await AssertIndexesMatchTablesAsync();
    }

    [Fact]
    public async Task The_indexes_match_their_tables_after_inserts_edits_and_deletes()
    {
        var people = new StakeholderService(Database, Database.Clock);
        var edit = (await people.GetForEditAsync(TestActors.PublicAffairs, Tom.Id))!;
        edit.Role = "Director of Regulation";
        edit.Notes = "Prefers email.";
        await people.UpdateAsync(TestActors.PublicAffairs, Tom.Id, edit);
        await new InteractionService(Database).DeleteAsync(TestActors.PublicAffairs, Dinner.Id, Dinner.Version);
        await using (var db = Database.CreateDbContext())
        {
            // A write that touches no indexed column leaves the index alone (the update triggers name their columns).
            var touch = TestDatabase.IsPostgres ? """UPDATE "Stakeholders" SET "Influence" = 5""" : """UPDATE "Stakeholders" SET "Influence" = 5, "Version" = "Version" + 1""";
            await db.Database.ExecuteSqlRawAsync(touch);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Organisations" WHERE "Name" = 'Physics Teachers Network'""");
        }

        await AssertIndexesMatchTablesAsync();
    }

    [Fact]
    public async Task The_migration_indexes_rows_that_existed_before_it_and_can_be_reverted()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "SQLite only: FTS5's migration rebuilds its index; PostgreSQL's vectors are generated columns, computed as they are added.");
        var path = Path.Combine(Path.GetTempPath(), $"campaign-fts-migration-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, DatabaseProvider.Sqlite, $"Data Source={path}");
        try
        {
            await using (var db = new CampaignDbContext(options.Options))
            {
                var migrator = db.GetService<IMigrator>();
                await migrator.MigrateAsync("ImportAndPrivacy");
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO Organisations (Name, Kind, Version, CreatedAt, UpdatedAt) VALUES ('Welsh Physics Forum', 'Other', 1, 0, 0)");
                await migrator.MigrateAsync();
            }
            var search = new Campaign.Search.SearchService(new Factory(options.Options));
            Assert.Equal(1, (await search.SearchAsync(TestActors.PublicAffairs, "Welsh")).Organisations.Count);

            await using (var db = new CampaignDbContext(options.Options))
            {
                await db.GetService<IMigrator>().MigrateAsync("ImportAndPrivacy");
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO Organisations (Name, Kind, Version, CreatedAt, UpdatedAt) VALUES ('Ulster Physics Forum', 'Other', 1, 0, 0)");
                var left = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM sqlite_master WHERE name LIKE 'Search%'").SingleAsync();
                Assert.Equal(0, left);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    /// <summary>
    /// FTS5's integrity check with rank 1 compares an external-content index with its table, row by row. PostgreSQL's
    /// generated columns are recomputed by the server in every write, so there is nothing there to drift; the
    /// searches in each test check what they find.
    /// </summary>
    private async Task AssertIndexesMatchTablesAsync()
    {
        if (TestDatabase.IsPostgres) return;
        await using var db = Database.CreateDbContext();
        foreach (var check in IntegrityChecks) await db.Database.ExecuteSqlRawAsync(check);
    }

    private sealed class Factory(DbContextOptions<CampaignDbContext> options) : IDbContextFactory<CampaignDbContext>
    {
        public CampaignDbContext CreateDbContext() => new(options);
    }
}
