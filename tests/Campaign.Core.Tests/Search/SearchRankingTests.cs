using Campaign.Search;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Search;

public sealed class SearchRankingTests : SearchScenario
{
    [Fact]
    public async Task An_exact_family_name_comes_first_then_name_prefixes_then_mentions_in_notes()
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, "patel");

        Assert.Equal(["Priya Patel", "Tom Patelski", "Ann Baker"], Names(results.People));
        Assert.Equal(3, results.People.Count);
        Assert.False(results.People.IsCapped);
    }

    [Fact]
    public async Task An_exact_full_name_outranks_someone_whose_notes_repeat_it()
    {
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            b.Person("Jo", "Marsh", configure: s => s.Notes = "Jo Marsh? Jo Marsh! Works for Jo Marsh, Jo Marsh's office.");
            b.Person("Jo", "Marshall");
            await b.SaveAsync();
        }

        var results = await Search.SearchAsync(TestActors.PublicAffairs, "  jo   MARSH ");

        Assert.Equal("Jo Marsh", results.People.Hits[0].Name.Plain);
        Assert.Equal("jo MARSH", results.Query);
    }

    [Fact]
    public async Task An_exact_short_name_puts_the_organisation_first()
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, "IPEM");

        var hit = results.Organisations.Hits[0];
        Assert.Equal(Ipem.Id, hit.Id);
        Assert.Equal("Institute of Physics and Engineering in Medicine (IPEM)", hit.Name.Plain);
        Assert.Equal("IPEM", Assert.Single(hit.Name.Parts, p => p.IsMatch).Text);
    }

    [Fact]
    public async Task A_short_name_that_repeats_the_name_is_not_shown_twice()
    {
        await using (var db = Database.CreateDbContext())
        {
            new Builder(db).Organisation("NHS Clyde Valley", "NHS Clyde Valley");
            await db.SaveChangesAsync();
        }

        var hit = Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "clyde")).Organisations.Hits);

        Assert.Equal("NHS Clyde Valley", hit.Name.Plain);
    }

    [Fact]
    public async Task Every_word_must_match_as_the_start_of_a_word_ignoring_case_and_accents()
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, "sian LLAND");

        var hit = Assert.Single(results.People.Hits);
        Assert.Equal(Sian.Id, hit.Id);
        Assert.Equal(["Siân"], hit.Name.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("Baroness Evans of Llandaff", hit.Snippet!.Plain);
        Assert.Equal(0, (await Search.SearchAsync(TestActors.PublicAffairs, "sian nobody")).People.Count);
    }

    [Fact]
    public async Task A_persons_details_mark_the_match_and_the_snippet_does_not_repeat_them()
    {
        var hit = Assert.Single((await Search.SearchAsync(TestActors.PublicAffairs, "deputy")).People.Hits);

        Assert.Equal(Tom.Id, hit.Id);
        Assert.Equal("Deputy", Assert.Single(Assert.Single(hit.Details).Parts, p => p.IsMatch).Text);
        Assert.Null(hit.Snippet);
    }

    [Fact]
    public async Task Each_kind_is_counted_and_the_hits_are_limited_to_the_take()
    {
        await using (var db = Database.CreateDbContext())
        {
            var b = new Builder(db);
            for (var i = 0; i < 14; i++) b.Person("Lee", $"Physicist{i:D2}");
            await b.SaveAsync();
        }

        var results = await Search.SearchAsync(TestActors.PublicAffairs, "physic", take: 5);
        var more = await Search.SearchAsync(TestActors.PublicAffairs, "physic", take: 20, only: SearchGroupKind.People);

        Assert.Equal((14, 5, true), (results.People.Count, results.People.Hits.Count, results.People.HasMore));
        Assert.Equal((2, 2, false), (results.Organisations.Count, results.Organisations.Hits.Count, results.Organisations.HasMore));
        Assert.Equal(16, results.TotalCount);
        Assert.Equal((14, 14, false), (more.People.Count, more.People.Hits.Count, more.People.HasMore));
        Assert.Equal(0, more.Organisations.Count);
    }

    [Fact]
    public async Task Beyond_the_count_limit_by_prefix_a_kind_says_more_than_and_ranks_its_newest_matches()
    {
        // Few rows hold the whole word, the rest only words it is the start of.
        await AddCallsAsync(SearchService.CountLimit + 5, "CASE WHEN i % 100 = 0 THEN 'Zebra' ELSE 'Zebras' END");

        var results = await Search.SearchAsync(TestActors.PublicAffairs, "zebra");

        Assert.Equal((SearchService.CountLimit, true, SearchService.DefaultTake), (results.Interactions.Count, results.Interactions.IsCapped, results.Interactions.Hits.Count));
    }

    [Fact]
    public async Task Beyond_the_count_limit_a_kind_says_more_than_and_lists_its_newest_matches()
    {
        await AddCallsAsync(SearchService.CountLimit + 5, "'Zebra crossing near the hospital.'");

        var results = await Search.SearchAsync(TestActors.PublicAffairs, "zebra");

        Assert.Equal((SearchService.CountLimit, true, true), (results.Interactions.Count, results.Interactions.IsCapped, results.Interactions.HasMore));
        Assert.Equal($"Call {SearchService.CountLimit + 5}", results.Interactions.Hits[0].Title.Plain);
    }
}
