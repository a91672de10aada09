using Campaign.Templates;

namespace Campaign.Core.Tests.Templates;

public sealed class StatementMarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = StatementMarkdown.ToHtml("Hello <script>alert('x')</script>\n\n<div onclick=\"steal()\">block</div>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<div", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[file](file:///etc/passwd)")]
    [InlineData("[relative](/admin/users)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_that_are_not_http_https_or_mailto_lose_their_link(string markdown)
    {
        var html = StatementMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href", html);
    }

    [Theory]
    [InlineData("[IPEM](https://www.ipem.ac.uk)", "href=\"https://www.ipem.ac.uk\"")]
    [InlineData("[write](mailto:info@ipem.example)", "href=\"mailto:info@ipem.example\"")]
    [InlineData("See https://www.ipem.ac.uk today", "href=\"https://www.ipem.ac.uk\"")]
    public void Http_https_and_mailto_links_are_kept(string markdown, string expected) =>
        Assert.Contains(expected, StatementMarkdown.ToHtml(markdown));

    [Fact]
    public void Images_become_their_description_so_nothing_is_fetched()
    {
        var html = StatementMarkdown.ToHtml("![A tracking pixel](https://tracker.example/p.gif)");

        Assert.DoesNotContain("<img", html);
        Assert.Contains("A tracking pixel", html);
    }

    [Fact]
    public void Pipe_tables_are_tables()
    {
        var html = StatementMarkdown.ToHtml("| Ask | Why |\n|---|---|\n| Registration | Safety |");

        Assert.Contains("<table>", html);
        Assert.Contains("<td>Registration</td>", html);
    }
}
