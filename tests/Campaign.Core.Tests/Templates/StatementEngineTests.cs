using Campaign.Templates;
using Campaign.Testing;

namespace Campaign.Core.Tests.Templates;

public sealed class StatementEngineTests
{
    private readonly StatementEngine _engine = new();

    private static StatementModel Model() => new(
        new StatementStakeholder("Dr Rachel Iqbal", "Dr", "Rachel", "Iqbal", null, "MP", "Labour", "Leeds South West and Morley", "Commons",
            null, null, null, null, ["Member, Health and Social Care Committee"]),
        new StatementCampaign("Statutory registration of clinical technologists", "Regulate them.",
            [new StatementAsk("registration", "Statutory registration", ""), new StatementAsk("pgd", "Patient Group Directions", "")],
            [new StatementMilestone("Coalition formed", "Done", null, new DateTime(2021, 5, 19))]),
        [new StatementPosition("Statutory registration", "Champion", new DateTime(2026, 2, 11), "Hansard", "Confirmed")],
        [new StatementInteraction("Drop-in", "Event", new DateTime(2026, 6, 16), "Portcullis House", "A drop-in.")],
        [new StatementPartner("Institute of Physics and Engineering in Medicine", "IPEM", "Lead", "https://www.ipem.ac.uk")],
        new DateTime(2026, 11, 26));

    private Task<StatementRender> RenderAsync(string source) => _engine.TryRenderAsync(source, Model());

    private async Task<TemplateProblem> ProblemAsync(string source)
    {
        var render = await RenderAsync(source);
        Assert.Null(render.Markdown);
        return Assert.Single(render.Problems);
    }

    [Theory]
    [InlineData("MP", "A briefing for Dr Rachel Iqbal, Member of Parliament for Leeds South West and Morley")]
    [InlineData("Peer", "A briefing for Dr Rachel Iqbal")]
    [InlineData("CivilServant", "A note for Dr Rachel Iqbal")]
    [InlineData("HealthProfessional", "For Dr Rachel Iqbal")]
    [InlineData("Default", "Position statement prepared for Dr Rachel Iqbal")]
    public async Task The_shipped_statements_render_with_the_model_names(string audience, string expected)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(Samples.IpemFolder, "statements", audience + ".md"));

        var render = await RenderAsync(source);

        Assert.Empty(render.Problems);
        Assert.StartsWith("# Statutory registration of clinical technologists", render.Markdown);
        Assert.Contains(expected, render.Markdown);
        Assert.Contains("*26 November 2026*", render.Markdown);
        Assert.Contains("- **Statutory registration**", render.Markdown);
        Assert.Contains("- Statutory registration: Champion", render.Markdown);
        Assert.Contains("- Institute of Physics and Engineering in Medicine", render.Markdown);
        if (audience != "Default") Assert.Contains("Dear Dr Iqbal,", render.Markdown);
    }

    [Fact]
    public async Task Syntax_errors_are_reported_with_line_and_column()
    {
        var problem = await ProblemAsync("# Title\n\nDear {{ stakeholder.display_name | }},");

        Assert.Equal(3, problem.Line);
        Assert.Equal(35, problem.Column);
        Assert.StartsWith("Line 3, column 35: An identifier was expected after the '|' sign", problem.ToString());
    }

    [Theory]
    [InlineData("{{ stakeholder.notes }}", "“stakeholder.notes” is not available to position statements: stakeholder has display_name,")]
    [InlineData("{% if false %}{{ stakeholder.email }}{% endif %}", "“stakeholder.email” is not available")]
    [InlineData("{% for p in positions %}{{ p.quote }}{% endfor %}", "“p.quote” is not available to position statements: position has ask, stance")]
    [InlineData("{% assign s = stakeholder %}{{ s.notes }}", "“s.notes” is not available")]
    [InlineData("{{ stakeholder['notes'] }}", "“stakeholder.notes” is not available")]
    [InlineData("{{ secrets.first }}", "“secrets” is not something a position statement can use. It can use stakeholder, campaign, positions, interactions, coalition, today.")]
    public async Task Members_outside_the_model_are_refused_even_in_branches_that_would_not_run(string source, string message)
    {
        var problem = await ProblemAsync(source);

        Assert.Contains(message, problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public async Task A_member_computed_at_render_time_is_refused_when_it_runs()
    {
        var problem = await ProblemAsync("{{ campaign.asks | map: 'owner' | join: ', ' }}");

        Assert.Equal("“owner” is not available on ask: it has code, title, description.", problem.Message);
    }

    [Theory]
    [InlineData("{{ stakeholder | json }}", "The “json” filter is not available.")]
    [InlineData("{% include 'secrets' %}", "The “include” tag is not allowed in position statements.")]
    [InlineData("{% render 'secrets' %}", "The “render” tag is not allowed in position statements.")]
    [InlineData("{% capture x %}a{% endcapture %}{{ x }}", "The “capture” tag is not allowed in position statements.")]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}", "A range must go between two whole numbers written out, with at most 1,000 items")]
    public async Task Tags_filters_and_ranges_outside_the_allow_list_are_refused(string source, string message)
    {
        var problem = await ProblemAsync(source);

        Assert.StartsWith(message, problem.Message);
    }

    [Fact]
    public async Task An_endless_loop_is_stopped_with_a_clear_message()
    {
        var problem = await ProblemAsync("{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}{% endfor %}{% endfor %}{% endfor %}");

        Assert.Equal("The template was stopped after 50,000 steps: it probably has a loop that never ends.", problem.Message);
    }

    [Fact]
    public async Task A_value_that_keeps_doubling_is_stopped()
    {
        var problem = await ProblemAsync("{% assign s = 'ab' %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}");

        Assert.Equal("The template was stopped: a value it built grew beyond 50,000 characters.", problem.Message);
    }

    [Fact]
    public async Task Runaway_output_is_stopped()
    {
        var problem = await ProblemAsync($"{{% for i in (1..1000) %}}{new string('x', 200)}{{% endfor %}}");

        Assert.Equal("The template was stopped: it wrote more than 100,000 characters.", problem.Message);
    }

    [Fact]
    public async Task Objects_print_as_their_name_and_lists_offer_size_first_and_last()
    {
        var render = await RenderAsync("{{ stakeholder }}|{{ positions.first }}|{{ campaign.asks.size }}|{{ campaign.asks.last }}|{{ coalition[0].short_name }}|{% for i in interactions %}{{ i.date | date: '%-d %b %Y' }} {{ forloop.index }}{% endfor %}");

        Assert.Equal("Dr Rachel Iqbal|Statutory registration: Champion|2|Patient Group Directions|IPEM|16 Jun 2026 1", render.Markdown);
    }

    [Fact]
    public async Task Missing_values_are_blank_and_false()
    {
        var render = await RenderAsync("[{{ stakeholder.department }}]{% if stakeholder.department %}dept{% else %}none{% endif %}");

        Assert.Equal("[]none", render.Markdown);
    }
}
