namespace Campaign.Engagements.EmailDrop;

/// <summary>One address in the email and who it is in the app: a person in the directory, a member of staff, or nobody yet.</summary>
public sealed record EmailParticipant(
    EmailField Field, string? Name, string Address, int? StakeholderId, string? StakeholderName, string? StaffId, string? StaffName, bool Erased)
{
    public bool IsKnown => StakeholderId is not null || StaffId is not null;
}

public sealed record LoggedEmail(int InteractionId, string Title, DateTime OccurredAt);

/// <summary>A contact log filled in from an email, for the user to check and save as usual, and what the email held besides.</summary>
public sealed record EmailLogDraft(
    InteractionEditModel Model, IReadOnlyList<EmailParticipant> Participants, IReadOnlyList<EmailAttachment> Attachments,
    IReadOnlyList<string> Notices, string FileName);

/// <summary>A draft, or why there is none: the file is not an email, or the message is logged already.</summary>
public sealed record EmailDropResult(EmailLogDraft? Draft, string? Problem, LoggedEmail? AlreadyLogged)
{
    public static EmailDropResult Refused(string problem) => new(null, problem, null);
}
