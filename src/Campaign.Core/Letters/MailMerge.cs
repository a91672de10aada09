using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Library;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Letters;

/// <summary>One mail merge: which template version went to whom (by the directory filter), and the merged PDF and Word files in the library.</summary>
public class MailMerge
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }
    public int TemplateId { get; set; }
    public PositionStatementTemplate? Template { get; set; }

    /// <summary>The directory filter in words ("Labour MPs, stance Supportive"), as it was when the letters were written.</summary>
    [MaxLength(FieldLengths.Line)]
    public required string FilterDescription { get; set; }

    public int RecipientCount { get; set; }
    public int? LibraryVersionId { get; set; }
    public LibraryDocumentVersion? LibraryVersion { get; set; }

    /// <summary>The same letters as Word files (one .docx each, zipped) in the library, for staff to edit before sending.</summary>
    public int? WordFilesVersionId { get; set; }
    public LibraryDocumentVersion? WordFilesVersion { get; set; }
    public string? CreatedById { get; set; }
    public CampaignUser? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<MailMergeLetter> Letters { get; set; } = [];
}

/// <summary>One letter of a merge: its recipient and the Letter interaction that logs it (Interactions get no new column).</summary>
public class MailMergeLetter
{
    public int Id { get; set; }
    public int MailMergeId { get; set; }
    public MailMerge? MailMerge { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
}
