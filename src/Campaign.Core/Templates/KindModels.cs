namespace Campaign.Templates;

/// <summary>
/// What a letter or an email text can see: the recipient as a letter addresses them, the signer, the campaign and the
/// date. Stances are those visible to the person writing; nothing confidential (notes, contact details) is here.
/// </summary>
public sealed record LetterModel(LetterRecipient Recipient, LetterSigner Signer, StatementCampaign Campaign, DateTime Today);

public sealed record LetterRecipient(
    string DisplayName,
    string? Honorific,
    string GivenName,
    string FamilyName,
    string? PostNominals,
    string AddressAs,
    string Salutation,
    IReadOnlyList<string> AddressLines,
    string Kind,
    string? Party,
    string? Constituency,
    string? Peerage,
    string? House,
    IReadOnlyList<StatementPosition> Positions)
{
    public override string ToString() => DisplayName;
}

/// <summary>Who signs: the signed-in user's name and role text.</summary>
public sealed record LetterSigner(string Name, string? Role)
{
    public override string ToString() => Name;
}

/// <summary>What a meeting brief can see: one planned meeting and the people attending it.</summary>
public sealed record MeetingBriefModel(BriefMeeting Meeting, StatementCampaign Campaign, DateTime Today);

public sealed record BriefMeeting(string Title, string Kind, DateTime Date, string? Location, IReadOnlyList<BriefAttendee> Attendees)
{
    public override string ToString() => Title;
}

public sealed record BriefAttendee(string DisplayName, string Kind, string? Party, string? Constituency, IReadOnlyList<StatementPosition> Positions)
{
    public override string ToString() => DisplayName;
}
