using Campaign.Documents.Fonts;
using Campaign.Documents.Infrastructure;
using Campaign.Documents.Tests.Support;
using Campaign.Documents.Text;

namespace Campaign.Documents.Tests.Text;

public sealed class TextLayoutTests
{
    private static readonly FontMetrics Regular = FontMetrics.For(FontFace.Regular);

    private static double LineHeight(double size) => Regular.LineSpacing * size;

    [Fact]
    public void A_short_text_measures_as_one_line_of_its_own_width()
    {
        var layout = Support.Layout.Of(c => c.Text("Hello world").FontSize(12));

        var plan = layout.Measure(500, 100);

        Assert.Equal(SpacePlanType.FullRender, plan.Type);
        Assert.Equal(Regular.Width("Hello world", 12), plan.Width, 3);
        Assert.Equal(LineHeight(12), plan.Height, 3);
        Assert.InRange(plan.Height, 13.5, 14.2);
    }

    [Fact]
    public void Words_wrap_at_spaces_and_no_line_is_wider_than_the_space()
    {
        var text = Lorem.WordsOf(40);
        var layout = Support.Layout.Of(c => c.Text(text).FontSize(10));

        layout.Page(150, 1000);

        var lines = layout.Canvas.Pages[0].Texts;
        Assert.True(lines.Count > 5);
        Assert.All(lines, line => Assert.True(Regular.Width(line.Text, 10) <= 150.001, line.Text));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Text)));
        // Each line is a step of one line height lower.
        Assert.Equal(LineHeight(10), lines[1].Baseline - lines[0].Baseline, 3);
    }

    [Fact]
    public void A_paragraph_splits_between_lines_and_continues_on_the_next_page()
    {
        var text = Lorem.WordsOf(60);
        var layout = Support.Layout.Of(c => c.Text(text).FontSize(10));
        var twoLines = LineHeight(10) * 2.5;

        var first = layout.Page(200, twoLines);
        Assert.Equal(SpacePlanType.PartialRender, first.Type);
        Assert.Equal(LineHeight(10) * 2, first.Height, 3);

        var pages = 1;
        while (layout.Page(200, twoLines).Type == SpacePlanType.PartialRender)
            pages++;

        Assert.True(pages > 3);
        Assert.All(layout.Canvas.Pages, page => Assert.InRange(page.Texts.Count, 1, 2));
        Assert.Equal(text, string.Join(' ', layout.Canvas.Pages.SelectMany(p => p.Texts).Select(t => t.Text)));
        Assert.Equal(SpacePlan.Empty(), layout.Measure(200, twoLines));
    }

    [Fact]
    public void A_word_longer_than_the_line_breaks_between_characters()
    {
        const string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        var layout = Support.Layout.Of(c => c.Text($"A {word} B").FontSize(12));

        layout.Page(80, 1000);

        var lines = layout.Canvas.Pages[0].Texts.Select(t => t.Text).ToList();
        Assert.Equal("A", lines[0]);
        Assert.True(lines.Count >= 5);
        Assert.All(lines, line => Assert.True(Regular.Width(line, 12) <= 80.001, line));
        Assert.Equal($"A{word}B", string.Concat(lines).Replace(" ", ""));
    }

    [Fact]
    public void A_single_character_wider_than_the_space_wraps_instead_of_looping()
    {
        var layout = Support.Layout.Of(c => c.Text("W").FontSize(40));

        var plan = layout.Measure(10, 100);

        Assert.Equal(SpacePlanType.Wrap, plan.Type);
        Assert.IsType<TextBlock>(plan.WrapSource);
    }

    [Fact]
    public void A_line_taller_than_the_space_wraps()
    {
        var layout = Support.Layout.Of(c => c.Text("Hello").FontSize(20));

        Assert.Equal(SpacePlanType.Wrap, layout.Measure(300, 10).Type);
    }

    [Fact]
    public void Hard_line_breaks_start_new_lines_and_empty_lines_keep_their_height()
    {
        var layout = Support.Layout.Of(c => c.Text("one\n\nthree").FontSize(10));

        var plan = layout.Measure(300, 300);
        layout.Page(300, 300);

        Assert.Equal(LineHeight(10) * 3, plan.Height, 3);
        var texts = layout.Canvas.Pages[0].Texts;
        Assert.Equal(["one", "three"], texts.Select(t => t.Text));
        Assert.Equal(LineHeight(10) * 2, texts[1].Baseline - texts[0].Baseline, 3);
    }

    [Theory]
    [InlineData("center")]
    [InlineData("right")]
    public void Centred_and_right_aligned_lines_are_offset_by_the_free_space(string alignment)
    {
        var layout = Support.Layout.Of(c =>
        {
            var text = c.Text("Short line").FontSize(10);
            if (alignment == "center")
                text.AlignCenter();
            else
                text.AlignRight();
        });

        layout.Page(300, 100);

        var free = 300 - Regular.Width("Short line", 10);
        var expected = alignment == "center" ? free / 2 : free;
        Assert.Equal(expected, layout.Canvas.Pages[0].Texts.Single().X, 3);
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last_line_of_a_paragraph()
    {
        var layout = Support.Layout.Of(c => c.Text(Lorem.WordsOf(30)).FontSize(10).Justify());

        layout.Page(200, 1000);

        // Justified words are drawn one by one: group them into lines by baseline.
        var lines = layout.Canvas.Pages[0].Texts.GroupBy(t => t.Baseline).Select(g => g.ToList()).ToList();
        Assert.True(lines.Count > 2);
        foreach (var line in lines.SkipLast(1))
        {
            var last = line[^1];
            Assert.Equal(200, last.X + Regular.Width(last.Text, 10), 3);
        }

        var final = lines[^1][^1];
        Assert.True(final.X + Regular.Width(final.Text, 10) < 199);
    }

    [Fact]
    public void Spans_keep_their_styles_and_share_one_baseline()
    {
        var layout = Support.Layout.Of(c => c.Text(t =>
        {
            t.Span("small ").FontSize(10);
            t.Span("big").FontSize(20).Bold().Italic().FontColor("#FF0000");
        }));

        var plan = layout.Measure(500, 100);
        layout.Page(500, 100);

        var texts = layout.Canvas.Pages[0].Texts;
        Assert.Equal(2, texts.Count);
        Assert.Equal(texts[0].Baseline, texts[1].Baseline);
        Assert.Equal(FontFace.BoldItalic, texts[1].Face);
        Assert.Equal(20, texts[1].FontSize);
        Assert.Equal(Drawing.Color.Parse("#FF0000"), texts[1].Color);
        Assert.Equal(Regular.Width("small ", 10), texts[1].X, 3);
        // The line is as tall as its largest text.
        Assert.Equal(FontMetrics.For(FontFace.BoldItalic).LineSpacing * 20, plan.Height, 3);
    }

    [Fact]
    public void Line_height_multiplies_the_natural_line_height()
    {
        var layout = Support.Layout.Of(c => c.Text("one\ntwo").FontSize(10).LineHeight(2));

        Assert.Equal(LineHeight(10) * 2 * 2, layout.Measure(300, 300).Height, 3);
    }

    [Fact]
    public void Underline_and_strikethrough_draw_rules_under_and_through_the_run()
    {
        var layout = Support.Layout.Of(c => c.Text(t =>
        {
            t.Span("under").Underline();
            t.Span(" plain ");
            t.Span("struck").Strikethrough();
        }));

        layout.Page(500, 100);

        var page = layout.Canvas.Pages[0];
        var baseline = page.Texts[0].Baseline;
        Assert.Equal(2, page.Rectangles.Count);
        var underline = page.Rectangles[0];
        Assert.Equal(0, underline.X, 3);
        Assert.Equal(Regular.Width("under", 12), underline.Width, 3);
        Assert.True(underline.Y > baseline);
        var strike = page.Rectangles[1];
        Assert.Equal(Regular.Width("under plain ", 12), strike.X, 3);
        Assert.True(strike.Y < baseline && strike.Y > baseline - 12 * Regular.Ascent);
    }

    [Fact]
    public void Styles_inherit_from_page_then_container_then_span()
    {
        var layout = Support.Layout.Of(
            c => c.DefaultTextStyle(s => s.Bold()).Column(col =>
            {
                col.Item().Text("inherits");
                col.Item().Text("overrides").FontSize(8).Bold(false);
            }),
            style: TextStyle.Default.FontSize(20));

        layout.Page(500, 500);

        var texts = layout.Canvas.Pages[0].Texts;
        Assert.Equal((FontFace.Bold, 20.0), (texts[0].Face, texts[0].FontSize));
        Assert.Equal((FontFace.Regular, 8.0), (texts[1].Face, texts[1].FontSize));
    }

    [Fact]
    public void Text_hyperlinks_mark_the_area_of_their_words()
    {
        var layout = Support.Layout.Of(c => c.Text(t =>
        {
            t.Span("see ");
            t.Hyperlink("the site", "https://example.org/");
        }));

        layout.Page(500, 100);

        var (url, area) = layout.Canvas.Pages[0].Links.Single();
        Assert.Equal("https://example.org/", url);
        Assert.Equal(Regular.Width("see ", 12), area.X, 3);
        Assert.Equal(Regular.Width("the site", 12), area.Width, 3);
    }
}
