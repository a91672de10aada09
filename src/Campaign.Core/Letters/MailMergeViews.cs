using Campaign.Stakeholders;

namespace Campaign.Letters;

/// <summary>What to merge: a letter template version, the directory filter choosing the recipients, and the signer's role.</summary>
public sealed record MailMergeRequest(int TemplateId, StakeholderListQuery Filter, string? SignerRole = null);

/// <summary>How far a merge has got: letters written out of the total, then laying out and saving.</summary>
public sealed record MailMergeProgress(int Done, int Total, string Stage);

/// <summary>What a merge will do before it runs: the recipients counted and the first letter written.</summary>
public sealed record MailMergePlan(string TemplateTitle, int RecipientCount, string FilterDescription, LetterContent? FirstLetter, string? Problem);

/// <summary>A finished merge, or why nothing was saved.</summary>
public sealed record MailMergeResult(int? MailMergeId, int? LibraryVersionId, int LetterCount, string? Error, int? WordFilesVersionId = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>A letter template the merge page offers: the latest version of each.</summary>
public sealed record LetterTemplateOption(int Id, string Title, Templates.Audience Audience, int VersionNumber);

/// <summary>The merge a logged letter came from, for the interaction page.</summary>
public sealed record MailMergeLink(int MailMergeId, string TemplateTitle, int RecipientCount, DateTimeOffset CreatedAt, int? LibraryVersionId)
{
    public string? DownloadUrl => LibraryVersionId is { } id ? $"/library/versions/{id}/download" : null;
}

/// <summary>A letter could not be written for one recipient: the whole merge stops and saves nothing.</summary>
public sealed class LetterException(string recipient, string problem) : Exception($"The letter to {recipient} could not be written: {problem}")
{
    public string Recipient { get; } = recipient;
}
