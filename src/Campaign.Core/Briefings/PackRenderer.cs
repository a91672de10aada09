using System.Collections.Concurrent;
using Campaign.Briefings.Pdf;
using Campaign.Documents;
using Campaign.Templates;

namespace Campaign.Briefings;

internal sealed record RenderedPack(byte[] Pdf, int Pages);

/// <summary>
/// Renders packs for one export: the campaign, statements and edition are fixed, each statement is compiled once,
/// and the statement versions used are remembered for the record. The appendices follow every pack it renders. Safe to use from several threads at once.
/// </summary>
internal sealed class PackRenderer(
    StatementEngine engine, PackCampaign campaign, IReadOnlyDictionary<Audience, PackStatement> statements, BriefingEdition edition,
    string preparedBy, DateTime generatedAt, IReadOnlyList<PackAppendix> appendices)
{
    private readonly ConcurrentDictionary<int, Lazy<StatementCheck>> _compiled = new();
    private readonly ConcurrentDictionary<int, byte> _used = new();

    /// <summary>The same renderer for packs that carry no appendices (the people's packs in a bulk zip).</summary>
    public PackRenderer WithoutAppendices() => new(engine, campaign, statements, edition, preparedBy, generatedAt, []);

    public IReadOnlyList<int> UsedStatementIds => _used.Keys.Order().ToList();

    public PackContext Context(string runningTitle) => new(campaign, edition, preparedBy, generatedAt, runningTitle);

    public async Task<RenderedPack> StakeholderAsync(PackPerson person)
    {
        var statement = await StatementForAsync(person);
        return Render(PackDocuments.Stakeholder(Context($"Briefing pack: {person.DisplayName}"), person, statement, appendices));
    }

    public async Task<RenderedPack> MeetingAsync(PackMeeting meeting, IReadOnlyList<PackPerson> people)
    {
        var attendees = new List<(PackPerson, PersonStatement?)>();
        foreach (var person in people) attendees.Add((person, await StatementForAsync(person)));
        return Render(PackDocuments.Meeting(Context($"Meeting pack: {meeting.Title}"), meeting, attendees, appendices));
    }

    /// <summary>The person's audience's statement (or the default one) rendered for them; null when none is written.</summary>
    private async Task<PersonStatement?> StatementForAsync(PackPerson person)
    {
        if (!statements.TryGetValue(Audiences.For(person.Kind), out var statement) && !statements.TryGetValue(Audience.Default, out statement))
            return null;
        var check = _compiled.GetOrAdd(statement.Id, _ => new Lazy<StatementCheck>(() => engine.Check(statement.Markdown))).Value;
        var label = $"The position statement for {Wording.AudiencePhrase(statement.Audience)} (version {statement.VersionNumber})";
        if (!check.IsValid)
            throw new BriefingException($"{label} has problems: {string.Join(" ", check.Problems)}");
        string markdown;
        try
        {
            markdown = await engine.RenderAsync(check.Statement!, StatementModels.For(person, campaign, generatedAt));
        }
        catch (TemplateException e)
        {
            throw new BriefingException($"{label} could not be written for {person.DisplayName}: {e.Problem}");
        }
        _used.TryAdd(statement.Id, 0);
        return new PersonStatement(statement, StatementMarkdown.Parse(markdown));
    }

    private static RenderedPack Render(Document document)
    {
        using var pdf = new MemoryStream();
        try
        {
            var pages = document.GeneratePdf(pdf);
            return new RenderedPack(pdf.ToArray(), pages);
        }
        catch (DocumentLayoutException e)
        {
            // Statements are checked when saved; data (a very long word, say) can still defeat the layout.
            throw new BriefingException($"The pack could not be laid out: {e.Message}");
        }
    }
}
