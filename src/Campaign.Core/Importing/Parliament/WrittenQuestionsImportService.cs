using System.Net;
using System.Text.RegularExpressions;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

/// <summary>
/// Turns the written questions that concern the campaign (heading or text containing one of its keywords) into
/// ParliamentaryQuestion interactions of the member who asked them, so they appear on the member's timeline and
/// can be cited as evidence for a position. A question already imported (same UIN, same day) is not repeated.
/// </summary>
public sealed partial class WrittenQuestionsImportService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> DefaultKeywords = ["clinical technologist", "medical physics", "healthcare science"];

    public Task<WrittenQuestionsOutcome> PreviewAsync(Actor actor, int campaignId, UploadedFile file, CancellationToken cancellationToken = default) =>
        RunAsync(actor, campaignId, file, commit: false, cancellationToken);

    public Task<WrittenQuestionsOutcome> ImportAsync(Actor actor, int campaignId, UploadedFile file, CancellationToken cancellationToken = default) =>
        RunAsync(actor, campaignId, file, commit: true, cancellationToken);

    /// <summary>The campaign's keywords, or the defaults when it has none.</summary>
    public async Task<IReadOnlyList<string>> KeywordsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await KeywordsOf(db, campaignId, cancellationToken);
    }

    /// <summary>Replaces the campaign's keywords (trimmed, without repeats); an empty list means the defaults.</summary>
    public async Task<Common.SaveResult> SetKeywordsAsync(Actor actor, int campaignId, IEnumerable<string> keywords, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        var cleaned = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var errors = new Common.ValidationErrors();
        if (cleaned.FirstOrDefault(k => k.Length > 100) is { } tooLong)
            errors.Add("Keywords", $"\"{tooLong[..20]}…\" is longer than 100 characters.");
        if (cleaned.Count > 50) errors.Add("Keywords", "A campaign can have at most 50 keywords.");
        if (errors.Any) return Common.SaveResult.Invalid(errors.ToDictionary());

        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null) return Common.SaveResult.NotFound();
        campaign.Keywords = cleaned;
        await db.SaveChangesAsync(cancellationToken);
        return Common.SaveResult.Saved(campaign.Id);
    }

    private async Task<WrittenQuestionsOutcome> RunAsync(Actor actor, int campaignId, UploadedFile file, bool commit, CancellationToken cancellationToken)
    {
        actor.Demand(Permission.ImportData);
        var problems = new List<ImportProblem>();
        if (!JsonUpload.TryRead(file, WrittenQuestionsFile.Read, problems, out var questions))
            return new WrittenQuestionsOutcome(problems, 0, [], [], 0, false);

        // Between reading the directory and writing, someone may import the same questions or delete an asker: the
        // questions are checked again inside the write transaction, and a write the database still refuses (a deleted
        // asker, a clash) rolls back and the import is worked out again on the latest data; after a few tries it says so.
        return await ImportConflict.RetryAsync(commit,
            () => AttemptAsync(actor, campaignId, file, questions, [.. problems], commit, cancellationToken),
            () => new WrittenQuestionsOutcome([ImportConflict.Problem], questions.Count, [], [], 0, false));
    }

    private async Task<WrittenQuestionsOutcome> AttemptAsync(
        Actor actor, int campaignId, UploadedFile file, IReadOnlyList<WrittenQuestion> questions, List<ImportProblem> problems, bool commit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
            problems.Add(ImportProblem.File("Choose the campaign the questions are for."));
        var keywords = await KeywordsOf(db, campaignId, cancellationToken);
        if (problems.Count > 0) return new WrittenQuestionsOutcome(problems, questions.Count, keywords, [], 0, false);

        var matches = questions.Select((q, i) => (Question: q, Row: i + 1, Keyword: Match(q, keywords))).Where(m => m.Keyword is not null).ToList();
        // A question by someone erased on request is skipped: importing it would bring them back as its asker.
        var suppressed = await Privacy.ErasureSuppressions.LoadAsync(db, cancellationToken);
        var askerIds = matches.Select(m => m.Question.AskingMemberId).Distinct().ToList();
        var askers = await db.Stakeholders.AsNoTracking().Where(s => s.ParliamentMemberId != null && askerIds.Contains(s.ParliamentMemberId.Value))
            .Select(s => new { s.Id, MemberId = s.ParliamentMemberId!.Value, s.DisplayName })
            .ToDictionaryAsync(s => s.MemberId, cancellationToken);
        var uins = matches.Select(m => m.Question.Uin).Distinct().ToList();
        var imported = await ImportedAsync(db, uins, cancellationToken);

        var relevant = new List<RelevantQuestion>();
        var created = new List<(Interaction Interaction, WrittenQuestion Question, int Index)>();
        foreach (var (question, row, keyword) in matches)
        {
            if (suppressed.Member(question.AskingMemberId))
            {
                // Neither their member id nor a name: the row says only that its asker was erased.
                relevant.Add(new RelevantQuestion(row, question.Uin, DateOnly.FromDateTime(question.DateTabled), Heading(question), question.AnsweringBodyName,
                    0, null, null, keyword!, null, false) { AskerErased = true });
                continue;
            }
            var asker = askers.GetValueOrDefault(question.AskingMemberId);
            var existing = Existing(imported, question);
            relevant.Add(new RelevantQuestion(row, question.Uin, DateOnly.FromDateTime(question.DateTabled), Heading(question), question.AnsweringBodyName,
                question.AskingMemberId, asker?.Id, asker?.DisplayName, keyword!, existing, existing is not null));
            if (asker is null || existing is not null) continue;
            created.Add((ToInteraction(question, campaignId, asker.Id, actor), question, relevant.Count - 1));
        }

        if (!commit) return new WrittenQuestionsOutcome([], questions.Count, keywords, relevant, questions.Count - matches.Count, false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // PostgreSQL: one written-questions import at a time, so two imports of the same file cannot both add a question
        // (SQLite's transaction already holds the only write lock).
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('campaign:written-questions'))", cancellationToken);
        // Imported by someone else since they were read: skipped now, and shown as already imported.
        var importedMeanwhile = await ImportedAsync(db, created.Select(c => c.Question.Uin).Distinct().ToList(), cancellationToken);
        var adding = new List<(Interaction Interaction, int Index)>();
        foreach (var (interaction, question, index) in created)
        {
            if (Existing(importedMeanwhile, question) is { } id) relevant[index] = relevant[index] with { InteractionId = id, AlreadyImported = true };
            else adding.Add((interaction, index));
        }
        // A few questions at a time: each new interaction gets its own audit entry, like one logged by hand.
        db.Interactions.AddRange(adding.Select(a => a.Interaction));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (interaction, index) in adding)
            relevant[index] = relevant[index] with { InteractionId = interaction.Id };
        await ImportLog.RecordAsync(db, actor, new ImportBatch
        {
            Kind = ImportKind.WrittenQuestions, FileName = file.Name, At = clock.GetUtcNow(), Rows = questions.Count,
            Created = adding.Count, Skipped = questions.Count - adding.Count,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WrittenQuestionsOutcome([], questions.Count, keywords, relevant, questions.Count - matches.Count, true);
    }

    /// <summary>Parliamentary-question contacts already holding these UINs: a question is the same one on the same day.</summary>
    private static async Task<List<(int Id, string Uin, DateTime OccurredAt)>> ImportedAsync(CampaignDbContext db, List<string> uins, CancellationToken cancellationToken) =>
        (await db.Interactions.AsNoTracking()
            .Where(i => i.Kind == InteractionKind.ParliamentaryQuestion && i.PqUin != null && uins.Contains(i.PqUin))
            .Select(i => new { i.Id, i.PqUin, i.OccurredAt })
            .ToListAsync(cancellationToken))
        .Select(i => (i.Id, i.PqUin!, i.OccurredAt)).ToList();

    private static int? Existing(List<(int Id, string Uin, DateTime OccurredAt)> imported, WrittenQuestion question) =>
        imported.Where(i => i.Uin == question.Uin && i.OccurredAt.Date == question.DateTabled.Date).Select(i => (int?)i.Id).FirstOrDefault();

    private static async Task<IReadOnlyList<string>> KeywordsOf(CampaignDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var keywords = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Keywords).FirstOrDefaultAsync(cancellationToken);
        return keywords is { Count: > 0 } ? keywords : DefaultKeywords;
    }

    /// <summary>The first keyword found in the heading or the question (case-insensitive, HTML tags ignored).</summary>
    public static string? Match(WrittenQuestion question, IReadOnlyList<string> keywords)
    {
        var text = Heading(question) + "\n" + PlainText(question.QuestionText);
        return keywords.FirstOrDefault(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));
    }

    private static Interaction ToInteraction(WrittenQuestion q, int campaignId, int stakeholderId, Actor actor)
    {
        var summary = PlainText(q.QuestionText);
        if (q.AnswerText is not null)
            summary += $"\n\nAnswered{(q.DateAnswered is { } d ? " " + d.ToString("d MMMM yyyy") : "")}: {PlainText(q.AnswerText)}";
        return new Interaction
        {
            CampaignId = campaignId,
            Kind = InteractionKind.ParliamentaryQuestion,
            OccurredAt = q.DateTabled,
            Title = FieldLengths.Fit($"Written question {q.Uin}: {Heading(q)}", 300),
            Location = q.AnsweringBodyName is null ? "Written question" : FieldLengths.Fit($"Written question to {q.AnsweringBodyName}", 300),
            Summary = FieldLengths.Fit(summary, 8000),
            PqUin = q.Uin,
            CreatedById = actor.UserId,
            Attendees = [new InteractionAttendee { StakeholderId = stakeholderId }],
        };
    }

    private static string Heading(WrittenQuestion q) =>
        string.IsNullOrWhiteSpace(q.Heading) ? $"Question {q.Uin}" : q.Heading.Trim();

    /// <summary>Question and answer texts arrive as HTML paragraphs; the app stores plain text.</summary>
    private static string PlainText(string? html) =>
        html is null ? "" : WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html.Replace("</p>", "\n"), ""), " ")).Trim();


    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \\t]+")]
    private static partial Regex Whitespace();
}
