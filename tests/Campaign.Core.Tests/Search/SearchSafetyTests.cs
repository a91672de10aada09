using Campaign.Search;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Search;

/// <summary>Whatever is typed, search syntax (FTS5 or tsquery) never reaches the database: no error, and no way round the column filter.</summary>
public sealed class SearchSafetyTests : SearchScenario
{
    public static readonly TheoryData<string> Awkward =
    [
        "\"", "\"\"", "\"Patel", "Patel\"", "Pa\"tel", "*", "Patel*", "*Patel", "-", "-Patel", "Priya -Patel", "NEAR", "NEAR(Priya Patel)",
        "NEAR(Priya Patel, 2)", "Priya NEAR/2 Patel", "AND", "Priya AND Patel", "Priya OR Tom", "NOT Patel", "(", ")", "((Patel", "Patel)",
        "(Priya OR", ":", "Notes:", "Notes : sceptical", "{Notes}: sceptical", "- {Notes} : x", "^Patel", "Patel^", "+Patel", "\\", "'",
        "'; DROP TABLE Stakeholders; --", "%", "_", "Pat%el", "[Patel]", "Patel\0", "\t\r\n", "   ", "", "😀", "Patel 😀", "ß", "İ",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z", "rank:1", "rowid = 1", "SearchStakeholders", "*\"*\"*",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public async Task Any_input_returns_results_or_nothing_without_an_error(string query)
    {
        foreach (var actor in new[] { TestActors.PublicAffairs, Coalition(Ipem) })
        {
            var results = await Search.SearchAsync(actor, query);
            Assert.True(results.TotalCount >= 0);
        }
    }

    [Theory]
    [InlineData("\"Patel")]
    [InlineData("Patel\"")]
    [InlineData("Patel*")]
    [InlineData("-Patel")]
    [InlineData("((Patel")]
    [InlineData("Patel)")]
    [InlineData("[Patel]")]
    [InlineData("^Patel")]
    public async Task Punctuation_around_a_word_is_ignored(string query)
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, query);

        Assert.Equal("Priya Patel", results.People.Hits[0].Name.Plain);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("- ( ) : \" ^")]
    [InlineData(null)]
    public async Task Nothing_searchable_gives_empty_results(string? query)
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, query);

        Assert.Equal(0, results.TotalCount);
        Assert.Empty(results.People.Hits);
    }

    [Fact]
    public async Task Operators_are_words_so_or_does_not_widen_the_search()
    {
        var results = await Search.SearchAsync(TestActors.PublicAffairs, "Priya OR Tom");

        Assert.Equal(0, results.People.Count);
    }

    [Theory]
    [InlineData("Notes : sceptical")]
    [InlineData("Notes:sceptical")]
    [InlineData("{Notes} : sceptical")]
    [InlineData("- {DisplayName} : sceptical")]
    [InlineData("AsksRaised : budgetline")]
    [InlineData("{AsksRaised}: budgetline")]
    public async Task A_column_filter_typed_by_a_coalition_member_cannot_reach_internal_notes(string query)
    {
        var results = await Search.SearchAsync(Coalition(Ipem), query);

        Assert.Equal(0, results.TotalCount);
    }

    [Fact]
    public async Task Search_needs_permission_to_see_the_directory()
    {
        var nobody = new Actor("x", "Nobody", new HashSet<string>(), null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Search.SearchAsync(nobody, "Patel"));
    }

    [Theory]
    [InlineData("Patel", "\"Patel\"*")]
    [InlineData("  Priya   Patel ", "\"Priya\"* \"Patel\"*")]
    [InlineData("Pa\"tel", "\"Pa\"\"tel\"*")]
    [InlineData("NEAR(a b", "\"NEAR(a\"* \"b\"*")]
    [InlineData("- * ( ) :", null)]
    [InlineData("Notes: x", "\"Notes:\"* \"x\"*")]
    public void Each_word_becomes_a_quoted_prefix_string(string text, string? expected)
    {
        Assert.Equal(expected, FtsQuery.Build(text));
    }

    [Theory]
    [InlineData("-Patel", "Patel")]
    [InlineData("[Priya]  \"Patel\"", "Priya Patel")]
    [InlineData("O'Brien-Smith.", "O'Brien-Smith")]
    [InlineData("* Patel ( )", "Patel")]
    public void Exact_matching_compares_the_words_without_surrounding_punctuation(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.Exact(text));
    }

    [Theory]
    [InlineData("Patel", "'patel':*")]
    [InlineData("  Priya   PATEL ", "'priya':* & 'patel':*")]
    [InlineData("Pa'tel & !x | (y) <-> z:*", "'pa':* & 'tel':* & 'x':* & 'y':* & 'z':*")]
    [InlineData("O'Brien-Smith", "'o':* & 'brien':* & 'smith':*")]
    [InlineData("Siân", "'siân':*")]
    [InlineData("- * ( ) : \\ !", null)]
    public void Each_word_becomes_quoted_prefix_lexemes_for_postgres(string text, string? expected)
    {
        Assert.Equal(expected, TsQuery.Build(text));
    }

    [Fact]
    public void A_column_filter_is_only_ever_the_services_own()
    {
        Assert.Equal("{Title Summary} : (\"a\"\"b\"*)", FtsQuery.Build("a\"b", ["Title", "Summary"]));
    }

    [Fact]
    public void Long_input_is_cut_to_a_bounded_query()
    {
        var words = FtsQuery.Words(string.Join(' ', Enumerable.Repeat("word", 500)));

        Assert.Equal(FtsQuery.MaxWords, words.Count);
        Assert.Equal(FtsQuery.MaxLength, FtsQuery.Normalise(new string('x', 1000)).Length);
    }
}
