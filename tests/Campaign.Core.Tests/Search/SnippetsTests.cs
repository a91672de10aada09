using Campaign.Search;

namespace Campaign.Core.Tests.Search;

public sealed class SnippetsTests
{
    private static readonly IReadOnlyList<string> Terms = Snippets.Terms(["regist", "Siân"]);

    [Fact]
    public void Terms_are_folded_like_the_tokenizer()
    {
        Assert.Equal(["regist", "sian"], Terms);
        Assert.Equal(["o", "brien"], Snippets.Terms(["O'Brien"]));
    }

    [Fact]
    public void Highlight_marks_whole_words_that_start_with_a_term()
    {
        var marked = Snippets.Highlight("SIAN on Registration (re-registered)", Terms);

        Assert.Equal(["SIAN", "Registration", "registered"], marked.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal("SIAN on Registration (re-registered)", marked.Plain);
    }

    [Fact]
    public void The_snippet_comes_from_the_field_matching_most_terms_cut_around_the_first_match()
    {
        var longNotes = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")) + " Sian spoke about registration. " +
                        string.Join(' ', Enumerable.Range(41, 40).Select(i => $"w{i}"));

        var snippet = Snippets.Best(["registration only", null, longNotes], Terms)!;

        Assert.StartsWith("…", snippet.Plain);
        Assert.EndsWith("…", snippet.Plain);
        Assert.Contains("Sian spoke about registration.", snippet.Plain);
        Assert.Equal(["Sian", "registration"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void No_matching_field_gives_no_snippet_and_line_breaks_become_spaces()
    {
        Assert.Null(Snippets.Best(["nothing here", null, ""], Terms));
        Assert.Equal("Registration agreed. Next step", Snippets.Best(["Registration agreed.\r\n\r\nNext step"], Terms)!.Plain);
    }
}
