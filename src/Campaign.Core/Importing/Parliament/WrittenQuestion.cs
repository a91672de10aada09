using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

/// <summary>One question from the written-questions API (<c>results[].value</c>), as much of it as the app reads.</summary>
public sealed record WrittenQuestion(
    int Id,
    string Uin,
    House House,
    DateTime DateTabled,
    int AskingMemberId,
    string? Heading,
    string? QuestionText,
    string? AnsweringBodyName,
    DateTime? DateAnswered,
    string? AnswerText);

/// <summary>A question that matched the campaign's keywords, with the member who asked it (when they are in the directory).</summary>
public sealed record RelevantQuestion(
    int Row, string Uin, DateOnly DateTabled, string Heading, string? AnsweringBody, int AskingMemberId,
    int? StakeholderId, string? AskedBy, string MatchedKeyword, int? InteractionId, bool AlreadyImported)
{
    /// <summary>Asked by someone erased on request: skipped, and shown without their member id.</summary>
    public bool AskerErased { get; init; }
}

public sealed record WrittenQuestionsOutcome(
    IReadOnlyList<ImportProblem> Problems,
    int QuestionsInFile,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<RelevantQuestion> Relevant,
    int NotRelevant,
    bool Committed)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Relevant questions that become (or became) interactions: new, and asked by someone in the directory.</summary>
    public IReadOnlyList<RelevantQuestion> ToImport => Relevant.Where(q => q.StakeholderId is not null && !q.AlreadyImported).ToList();

    public IReadOnlyList<RelevantQuestion> UnknownAskers => Relevant.Where(q => q.StakeholderId is null && !q.AskerErased).ToList();

    /// <summary>Relevant questions skipped because their asker was erased on request.</summary>
    public int ErasedSkipped => Relevant.Count(q => q.AskerErased);
}
