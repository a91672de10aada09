using System.ComponentModel.DataAnnotations;

namespace Campaign.Templates;

/// <summary>An audience's statement on /templates: its latest version, or none yet.</summary>
public sealed record StatementSummary(
    Audience Audience, int? LatestId, string? Title, int? VersionNumber, DateTimeOffset? ChangedAt, string? ChangedBy, int VersionCount)
{
    public TemplateKind Kind { get; init; }
}

/// <summary>One version, with the whole history of its audience.</summary>
public sealed record StatementVersionView(
    int Id, int CampaignId, Audience Audience, int VersionNumber, string Title, string Markdown, string? ChangeNote, string? CreatedBy,
    DateTimeOffset CreatedAt, int LatestVersionNumber, int LatestId)
{
    public IReadOnlyList<StatementVersionRow> Versions { get; init; } = [];
    public TemplateKind Kind { get; init; }
    public string? LetterheadText { get; init; }
    public int? LetterheadImageVersionId { get; init; }
    public string? SignOff { get; init; }

    public bool IsLatest => Id == LatestId;
}

public sealed record StatementVersionRow(int Id, int VersionNumber, DateTimeOffset CreatedAt, string? CreatedBy, string? ChangeNote);

/// <summary>What the editor saves: always a new version, refused if someone saved a newer one meanwhile.</summary>
public sealed class StatementDraft
{
    public int CampaignId { get; set; }

    public TemplateKind Kind { get; set; }

    public Audience Audience { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "A title can be at most 200 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write the statement.")]
    public string Markdown { get; set; } = "";

    [StringLength(FieldLengths.Line, ErrorMessage = "A change note can be at most 500 characters.")]
    public string? ChangeNote { get; set; }

    /// <summary>A letter's letterhead, one line per line.</summary>
    [StringLength(FieldLengths.Line, ErrorMessage = "A letterhead can be at most 500 characters.")]
    public string? LetterheadText { get; set; }

    /// <summary>A letter's letterhead image: the id of a PNG or JPEG version in the library.</summary>
    public int? LetterheadImageVersionId { get; set; }

    [StringLength(FieldLengths.Short, ErrorMessage = "A sign-off can be at most 50 characters.")]
    public string? SignOff { get; set; }

    /// <summary>The latest version number when the editor opened (0 when there was none).</summary>
    public int BasedOnLatestVersion { get; set; }
}

/// <summary>The editor's preview: the statement rendered for one stakeholder, or the problems that stop it.</summary>
public sealed record StatementPreview(string? StakeholderName, string? Markdown, string? Html, IReadOnlyList<TemplateProblem> Problems);

/// <summary>Someone to preview a statement for.</summary>
public sealed record PreviewPerson(int Id, string DisplayName, string Kind);

/// <summary>A name a template can use and what it offers, for the editor's help.</summary>
public sealed record TemplateName(string Name, string Offers);
