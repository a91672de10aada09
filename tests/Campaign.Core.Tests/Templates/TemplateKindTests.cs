using Campaign.Core.Tests.Briefings;
using Campaign.Templates;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Templates;

public sealed class TemplateKindTests
{
    private readonly StatementEngine _engine = new();

    private static readonly StatementCampaign Campaign = new("Statutory registration of clinical technologists", "Regulate them.",
        [new StatementAsk("registration", "Statutory registration", "")], []);

    private static LetterModel Letter() => new(
        new LetterRecipient("Fiona MacAulay", "Ms", "Fiona", "MacAulay", null, "Ms MacAulay", "Dear Ms MacAulay",
            ["Fiona MacAulay MP", "House of Commons", "London", "SW1A 0AA"], "MP", "Labour", "Glasgow Riverside", null, "Commons",
            [new StatementPosition("Statutory registration", "Supportive", new DateTime(2026, 10, 1), "Meeting", "Likely")]),
        new LetterSigner("Pat Affairs", "Head of Public Affairs"), Campaign, new DateTime(2026, 11, 26));

    private static MeetingBriefModel Meeting() => new(
        new BriefMeeting("Drop-in on clinical technologists", "Event", new DateTime(2026, 12, 2, 10, 0, 0), "Portcullis House",
            [new BriefAttendee("Fiona MacAulay", "MP", "Labour", "Glasgow Riverside",
                [new StatementPosition("Statutory registration", "Supportive", new DateTime(2026, 10, 1), "Meeting", "Likely")])]),
        Campaign, new DateTime(2026, 11, 26));

    [Fact]
    public async Task A_letter_sees_the_recipient_signer_campaign_and_date()
    {
        var render = await _engine.TryRenderAsync("""
            {{ recipient.salutation }}, {{ recipient.address_lines | join: " / " }} ({{ recipient.party }}, {{ recipient.house }}).
            {% for p in recipient.positions %}{{ p.ask }}: {{ p.stance }}{% endfor %}. {{ signer.name }}, {{ signer.role }}, {{ campaign.name }}, {{ today | date: "%-d %B %Y" }}
            """, TemplateKind.Letter, Letter());

        Assert.Empty(render.Problems);
        Assert.Equal("""
            Dear Ms MacAulay, Fiona MacAulay MP / House of Commons / London / SW1A 0AA (Labour, Commons).
            Statutory registration: Supportive. Pat Affairs, Head of Public Affairs, Statutory registration of clinical technologists, 26 November 2026
            """, render.Markdown);
    }

    [Fact]
    public void A_letter_cannot_use_a_position_statements_names_and_the_message_says_what_it_can()
    {
        var check = _engine.Check("Hello {{ stakeholder.display_name }}", TemplateKind.Letter);

        var problem = Assert.Single(check.Problems);
        Assert.Equal("“stakeholder” is not something a letter can use. It can use recipient, signer, campaign, today.", problem.Message);
        Assert.Equal((1, 10), (problem.Line, problem.Column));
        Assert.Contains("“recipient.notes” is not available to letters", Assert.Single(_engine.Check("{{ recipient.notes }}", TemplateKind.Letter).Problems).Message);
    }

    [Fact]
    public async Task An_email_text_uses_the_letter_model_and_a_meeting_brief_its_meeting()
    {
        var email = await _engine.TryRenderAsync("Hello {{ recipient.address_as }}, from {{ signer.name }}", TemplateKind.EmailText, Letter());
        var brief = await _engine.TryRenderAsync(
            "{{ meeting.title }} at {{ meeting.location }}: {% for a in meeting.attendees %}{{ a.display_name }} ({{ a.positions.first.stance }}){% endfor %}", Meeting());

        Assert.Equal("Hello Ms MacAulay, from Pat Affairs", email.Markdown);
        Assert.Equal("Drop-in on clinical technologists at Portcullis House: Fiona MacAulay (Supportive)", brief.Markdown);
        Assert.Contains("“recipient” is not something a meeting brief can use",
            Assert.Single(_engine.Check("{{ recipient.salutation }}", TemplateKind.MeetingBrief).Problems).Message);
    }

    [Fact]
    public async Task Filters_without_arguments_work()
    {
        var render = await _engine.TryRenderAsync("{{ recipient.family_name | upcase }} {{ 'abc' | capitalize }}", TemplateKind.Letter, Letter());

        Assert.Equal("MACAULAY Abc", render.Markdown);
    }

    [Fact]
    public void Each_kind_describes_its_own_names_for_the_editor()
    {
        Assert.Equal(["recipient", "signer", "campaign", "today"], StatementEngine.VocabularyOf(TemplateKind.Letter).Select(n => n.Name));
        Assert.Equal(["meeting", "campaign", "today"], StatementEngine.VocabularyOf(TemplateKind.MeetingBrief).Select(n => n.Name));
        Assert.Equal(StatementEngine.Vocabulary, StatementEngine.VocabularyOf(TemplateKind.PositionStatement));
        Assert.Contains("salutation", StatementEngine.VocabularyOf(TemplateKind.Letter)[0].Offers);
    }

    [Fact]
    public async Task A_compiled_letter_does_not_render_over_a_position_statement_model()
    {
        var letter = _engine.Check("{{ recipient.salutation }}", TemplateKind.Letter);

        await Assert.ThrowsAsync<ArgumentException>(() => _engine.RenderAsync(letter.Statement!, Meeting()));
    }

    [Fact]
    public async Task The_shipped_sample_letter_renders()
    {
        var text = (await File.ReadAllTextAsync(Path.Combine(Samples.IpemFolder, "letters", "MP.md"), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var body = text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var render = await _engine.TryRenderAsync(body, TemplateKind.Letter, Letter());

        Assert.Empty(render.Problems);
        Assert.Contains("as the Member for Glasgow Riverside", render.Markdown);
        Assert.Contains("Thank you for the support you have already shown for statutory registration.", render.Markdown);
    }
}

public sealed class TemplateKindServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_letter_is_versioned_apart_from_the_position_statement_of_the_same_audience()
    {
        var scenario = await BriefingScenario.CreateAsync(Database);
        var service = new PositionStatementService(Database, new StatementEngine(), Database.Clock);

        var saved = await service.SaveAsync(TestActors.Leadership, new StatementDraft
        {
            CampaignId = scenario.CampaignId, Kind = TemplateKind.Letter, Audience = Audience.MP, Title = "Drop-in invitation",
            Markdown = "Please come, {{ recipient.address_as }}.", LetterheadText = "IPEM\nYork", SignOff = "With best wishes", BasedOnLatestVersion = 0,
        }, TestContext.Current.CancellationToken);
        var refused = await service.SaveAsync(TestActors.Leadership, new StatementDraft
        {
            CampaignId = scenario.CampaignId, Kind = TemplateKind.Letter, Audience = Audience.MP, Title = "Wrong names",
            Markdown = "Please come, {{ stakeholder.display_name }}.", BasedOnLatestVersion = 1,
        }, TestContext.Current.CancellationToken);

        Assert.True(saved.Succeeded);
        var letter = (await service.GetAsync(TestActors.Leadership, saved.Id!.Value, TestContext.Current.CancellationToken))!;
        Assert.Equal((TemplateKind.Letter, 1, "IPEM\nYork", "With best wishes"), (letter.Kind, letter.VersionNumber, letter.LetterheadText, letter.SignOff));
        Assert.Equal([1], letter.Versions.Select(v => v.VersionNumber));
        Assert.False(refused.Succeeded);
        // The position statements are listed as before, letters only when asked for.
        var statements = (await service.ListAsync(TestActors.Leadership, cancellationToken: TestContext.Current.CancellationToken))!.Value.Statements;
        Assert.All(statements, s => Assert.Equal(TemplateKind.PositionStatement, s.Kind));
        Assert.Equal(2, statements.Single(s => s.Audience == Audience.MP).VersionNumber);
        var all = (await service.ListAsync(TestActors.Leadership, null, TestContext.Current.CancellationToken, kind: null))!.Value.Statements;
        Assert.Equal(saved.Id, all.Single(s => s.Kind == TemplateKind.Letter).LatestId);
        // Packs still read the position statement.
        Assert.Equal(scenario.MpStatementV2Id, await Database.WithContextAsync(async db =>
            (await Campaign.Briefings.BriefingDataLoader.StatementsAsync(db, scenario.CampaignId, default))[Audience.MP].Id));
    }
}
