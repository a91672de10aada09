using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;

namespace Campaign.Templates;

public enum Audience
{
    Default,
    MP,
    Peer,
    CivilServant,
    HealthProfessional,
}

/// <summary>What a template writes; each kind has its own Liquid model (see <see cref="TemplateKinds"/>).</summary>
public enum TemplateKind
{
    PositionStatement,
    Letter,
    EmailText,
    MeetingBrief,
}

/// <summary>
/// One immutable version of a template: every save adds a row, none is updated. Versions are grouped by campaign, kind
/// and audience. The letter fields are used only by <see cref="TemplateKind.Letter"/> templates.
/// </summary>
public class PositionStatementTemplate
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }
    public TemplateKind Kind { get; set; }
    public Audience Audience { get; set; }
    public int VersionNumber { get; set; }
    [MaxLength(FieldLengths.Name)]
    public required string Title { get; set; }
    public required string Markdown { get; set; }
    /// <summary>A letter's letterhead, one line of text per line.</summary>
    [MaxLength(FieldLengths.Line)]
    public string? LetterheadText { get; set; }

    /// <summary>A letter's letterhead image: a PNG or JPEG version in the campaign library.</summary>
    public int? LetterheadImageVersionId { get; set; }

    /// <summary>A letter's sign-off ("Yours sincerely" when empty).</summary>
    [MaxLength(FieldLengths.Short)]
    public string? SignOff { get; set; }

    [MaxLength(FieldLengths.Line)]
    public string? ChangeNote { get; set; }
    public string? CreatedById { get; set; }
    public CampaignUser? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
