using Campaign.Briefings;

namespace Campaign.Templates;

/// <summary>
/// The campaign's templates of every kind (position statements, letters, email texts, meeting briefs): immutable versions
/// per kind and audience, checked before saving, previewed for a person or a meeting.
/// </summary>
public sealed class PositionStatementService(IDbContextFactory<CampaignDbContext> contexts, StatementEngine engine, TimeProvider clock)
{
    /// <summary>Every kind and audience with its latest version (or none), for the campaign given or the first one; one kind when given.</summary>
    public async Task<(int CampaignId, IReadOnlyList<StatementSummary> Statements)?> ListAsync(Actor actor, int? campaignId = null,
        CancellationToken cancellationToken = default, TemplateKind? kind = TemplateKind.PositionStatement)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await CampaignIdAsync(db, campaignId, cancellationToken);
        if (campaign is not { } id) return null;
        var versions = await db.PositionStatementTemplates.AsNoTracking().Where(t => t.CampaignId == id)
            .Where(t => kind == null || t.Kind == kind)
            .Select(t => new { t.Id, t.Kind, t.Audience, t.Title, t.VersionNumber, t.CreatedAt, CreatedBy = t.CreatedBy != null ? t.CreatedBy.DisplayName : null })
            .ToListAsync(cancellationToken);
        var kinds = kind is { } only ? [only] : Enum.GetValues<TemplateKind>();
        // Position statements list every audience (each needs one); other kinds list only what has been written.
        var summaries = kinds.SelectMany(k => Enum.GetValues<Audience>().Select(audience =>
        {
            var mine = versions.Where(v => v.Kind == k && v.Audience == audience).OrderByDescending(v => v.VersionNumber).ToList();
            var latest = mine.FirstOrDefault();
            return new StatementSummary(audience, latest?.Id, latest?.Title, latest?.VersionNumber, latest?.CreatedAt, latest?.CreatedBy, mine.Count) { Kind = k };
        }).Where(s => k == TemplateKind.PositionStatement || s.VersionCount > 0)).ToList();
        return (id, summaries);
    }

    public async Task<StatementVersionView?> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.PositionStatementTemplates.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new
            {
                t.Id, t.CampaignId, t.Kind, t.Audience, t.VersionNumber, t.Title, t.Markdown, t.ChangeNote, CreatedBy = t.CreatedBy != null ? t.CreatedBy.DisplayName : null,
                t.CreatedAt, t.LetterheadText, t.LetterheadImageVersionId, t.SignOff,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null) return null;
        var history = await db.PositionStatementTemplates.AsNoTracking()
            .Where(t => t.CampaignId == version.CampaignId && t.Kind == version.Kind && t.Audience == version.Audience)
            .OrderByDescending(t => t.VersionNumber)
            .Select(t => new StatementVersionRow(t.Id, t.VersionNumber, t.CreatedAt, t.CreatedBy != null ? t.CreatedBy.DisplayName : null, t.ChangeNote))
            .ToListAsync(cancellationToken);
        return new StatementVersionView(version.Id, version.CampaignId, version.Audience, version.VersionNumber, version.Title, version.Markdown,
            version.ChangeNote, version.CreatedBy, version.CreatedAt, history[0].VersionNumber, history[0].Id)
        {
            Versions = history, Kind = version.Kind, LetterheadText = version.LetterheadText, LetterheadImageVersionId = version.LetterheadImageVersionId,
            SignOff = version.SignOff,
        };
    }

    /// <summary>
    /// Saves the draft as the audience's next version. Refused with messages (line and column where known) when the
    /// template breaks the rules or fails on a sample person, and as a conflict when someone saved a newer version meanwhile.
    /// </summary>
    public async Task<SaveResult> SaveAsync(Actor actor, StatementDraft draft, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var campaign = await BriefingDataLoader.CampaignAsync(db, draft.CampaignId, cancellationToken);
        if (campaign is null) return SaveResult.NotFound();

        var errors = new ValidationErrors();
        errors.AddAnnotations(draft);
        if (!string.IsNullOrWhiteSpace(draft.Markdown))
        {
            var check = engine.Check(draft.Markdown, draft.Kind);
            foreach (var problem in check.Problems) errors.Add(nameof(draft.Markdown), problem.ToString());
            if (check.IsValid)
            {
                try
                {
                    var now = clock.GetLocalNow().DateTime;
                    var sample = draft.Kind switch
                    {
                        TemplateKind.PositionStatement => await engine.RenderAsync(check.Statement!, StatementModels.Sample(draft.Audience, campaign, now)),
                        TemplateKind.MeetingBrief => await engine.RenderAsync(check.Statement!, KindSamples.Meeting(campaign, now)),
                        _ => await engine.RenderAsync(check.Statement!, KindSamples.Letter(draft.Audience, campaign, actor, now)),
                    };
                    if (!TemplateKinds.IsPlainText(draft.Kind) && Briefings.Pdf.StatementLayout.Problem(sample) is { } layout)
                        errors.Add(nameof(draft.Markdown), layout);
                }
                catch (TemplateException e)
                {
                    errors.Add(nameof(draft.Markdown), e.Problem.ToString());
                }
            }
        }
        if (errors.Any) return SaveResult.Invalid(errors.ToDictionary());

        var latest = await db.PositionStatementTemplates
            .Where(t => t.CampaignId == campaign.Id && t.Kind == draft.Kind && t.Audience == draft.Audience)
            .MaxAsync(t => (int?)t.VersionNumber, cancellationToken) ?? 0;
        if (latest != draft.BasedOnLatestVersion) return SaveResult.Conflict();

        var version = new PositionStatementTemplate
        {
            CampaignId = campaign.Id, Kind = draft.Kind, Audience = draft.Audience, VersionNumber = latest + 1, Title = draft.Title.Trim(),
            LetterheadText = draft.Kind == TemplateKind.Letter && !string.IsNullOrWhiteSpace(draft.LetterheadText) ? draft.LetterheadText.Trim() : null,
            LetterheadImageVersionId = draft.Kind == TemplateKind.Letter ? draft.LetterheadImageVersionId : null,
            SignOff = draft.Kind == TemplateKind.Letter && !string.IsNullOrWhiteSpace(draft.SignOff) ? draft.SignOff.Trim() : null,
            Markdown = draft.Markdown, ChangeNote = string.IsNullOrWhiteSpace(draft.ChangeNote) ? null : draft.ChangeNote.Trim(),
            CreatedById = actor.UserId, CreatedAt = clock.GetUtcNow(),
        };
        db.PositionStatementTemplates.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves raced for the same version number: the unique index let one through.
            return SaveResult.Conflict();
        }
        return SaveResult.Saved(version.Id);
    }

    /// <summary>What a template sees for this stakeholder (or a made-up one of the audience's kind when none is given).</summary>
    public async Task<StatementModel?> PreviewModelAsync(Actor actor, int campaignId, Audience audience, int? stakeholderId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await BriefingDataLoader.CampaignAsync(db, campaignId, cancellationToken);
        if (campaign is null) return null;
        var now = clock.GetLocalNow().DateTime;
        if (stakeholderId is not { } id) return StatementModels.Sample(audience, campaign, now);
        // Templates never see confidential material, whoever is previewing.
        var person = (await BriefingDataLoader.PeopleAsync(db, [id], Confidentiality.Clearance.Coalition, cancellationToken)).SingleOrDefault();
        return person is null ? null : StatementModels.For(person, campaign, now);
    }

    /// <summary>Renders a draft for the preview: HTML from the cleaned Markdown, or the problems.</summary>
    public async Task<StatementPreview> PreviewAsync(Actor actor, string markdown, StatementModel model)
    {
        actor.Demand(Permission.EditTemplates);
        var render = await engine.TryRenderAsync(markdown ?? "", model);
        return new StatementPreview(model.Stakeholder.DisplayName, render.Markdown,
            render.Markdown is null ? null : StatementMarkdown.ToHtml(render.Markdown), render.Problems);
    }

    /// <summary>
    /// Renders a draft letter, email text or meeting brief for the preview: a letter for the person chosen (their stances as
    /// the previewing user may see them) or a made-up one; a meeting brief for a made-up meeting. Email text is plain text.
    /// </summary>
    public async Task<StatementPreview?> PreviewKindAsync(Actor actor, TemplateKind kind, int campaignId, Audience audience, int? stakeholderId,
        string markdown, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await BriefingDataLoader.CampaignAsync(db, campaignId, cancellationToken);
        if (campaign is null) return null;
        var now = clock.GetLocalNow().DateTime;
        StatementRender render;
        string name;
        if (kind == TemplateKind.MeetingBrief)
        {
            var meeting = KindSamples.Meeting(campaign, now);
            (name, render) = (meeting.Meeting.Title, await engine.TryRenderAsync(markdown ?? "", meeting));
        }
        else
        {
            var people = stakeholderId is { } id
                ? await Letters.LetterModels.LoadAsync(db, db.Stakeholders.AsNoTracking().Where(s => s.Id == id), campaign.Id,
                    Confidentiality.Clearances.Of(actor), cancellationToken)
                : [];
            var model = people.Count == 1
                ? Letters.LetterModels.For(people[0], campaign, new LetterSigner(actor.Name, null), now)
                : KindSamples.Letter(audience, campaign, actor, now);
            (name, render) = (model.Recipient.DisplayName, await engine.TryRenderAsync(markdown ?? "", kind, model));
        }
        var html = render.Markdown is null ? null
            : TemplateKinds.IsPlainText(kind) ? $"<pre class=\"email-text\">{System.Net.WebUtility.HtmlEncode(render.Markdown)}</pre>"
            : StatementMarkdown.ToHtml(render.Markdown);
        return new StatementPreview(name, render.Markdown, html, render.Problems);
    }

    /// <summary>People to preview for: by name when searching, otherwise those of the audience's kind.</summary>
    public async Task<IReadOnlyList<PreviewPerson>> PreviewPeopleAsync(Actor actor, Audience audience, string? search, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditTemplates);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = db.Stakeholders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Contains(search);
            people = people.Where(s => EF.Functions.Like(s.DisplayName, pattern, SearchPattern.Escape));
        }
        else
        {
            var kinds = Enum.GetValues<Stakeholders.StakeholderKind>().Where(k => Audiences.For(k) == audience).ToList();
            people = people.Where(s => kinds.Contains(s.Kind));
        }
        var found = await people.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).Take(20)
            .Select(s => new { s.Id, s.DisplayName, s.Kind }).ToListAsync(cancellationToken);
        return found.Select(p => new PreviewPerson(p.Id, p.DisplayName, Wording.Of(p.Kind))).ToList();
    }

    private static async Task<int?> CampaignIdAsync(CampaignDbContext db, int? campaignId, CancellationToken cancellationToken)
    {
        return await Campaigns.CampaignService.ChosenOrCurrent(db.Campaigns.AsNoTracking(), campaignId)
            .Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
