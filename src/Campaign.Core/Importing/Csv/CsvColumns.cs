namespace Campaign.Importing.Csv;

/// <summary>
/// The columns of each kind of CSV file. Templates, exports and imports share them, so an exported file imports
/// back unchanged. References use what a person can type: <c>pm:&lt;member id&gt;</c>, an email address or a name
/// for people; names for organisations; email addresses for staff; codes for asks. Lists are separated by ";".
/// </summary>
public static class CsvColumns
{
    public const string PersonHelp = "pm:<Parliament member id>, an email address, or the person's name as the directory shows it";

    public static readonly IReadOnlyList<CsvField> Stakeholders =
    [
        new("Kind", "MP, Peer, CivilServant, HealthProfessional, PartnerContact or Other", true, "Type", "Stakeholder kind"),
        new("Honorific", "Mr, Ms, Dr, Lord, Baroness…", false, "Title", "Salutation"),
        new("GivenName", "Given name", true, "First name", "Forename"),
        new("FamilyName", "Family name", true, "Last name", "Surname"),
        new("PostNominals", "Letters after the name, e.g. OBE FIPEM"),
        new("DisplayName", "Name as shown; left empty, it is made from the parts", false, "Name", "Full name"),
        new("Party", "Party or group (MPs and peers)"),
        new("Constituency", "Constituency (MPs)", false, "Seat"),
        new("Peerage", "Peerage (peers)"),
        new("ParliamentMemberId", "UK Parliament member id", false, "Member id", "MemberId"),
        new("Status", "Current or Former (default Current)"),
        new("MembershipStartDate", "Member since, yyyy-MM-dd"),
        new("MembershipEndDate", "Left the House on, yyyy-MM-dd"),
        new("MembershipEndReason", "Why they left the House"),
        new("Department", "Department or directorate (civil servants)"),
        new("Role", "Grade or job title", false, "Job title", "Grade"),
        new("Organisation", "Employer: an organisation's name or short name", false, "Employer"),
        new("Email", "Email address", false, "Email address", "E-mail"),
        new("Phone", "Telephone", false, "Telephone", "Phone number"),
        new("Address", "Postal address"),
        new("Priority", "A, B or C (default C)", false, "Tier", "Priority tier"),
        new("Influence", "1 (low) to 5 (high), default 3"),
        new("Interest", "1 (low) to 5 (high), default 3"),
        new("Owner", "Relationship owner: a user's email address", false, "Relationship owner"),
        new("Tags", "Tags separated by ;"),
        new("Posts", "Posts held separated by ;", false, "Post"),
        new("Notes", "Internal notes"),
        new("DataSource", "Where the data came from", false, "Source", "Source of the data"),
        new("LawfulBasis", "LegitimateInterests, Consent, PublicTask, Contract, LegalObligation or VitalInterests (default LegitimateInterests)", false, "Lawful basis"),
        new("LastReviewedOn", "Date the record was last reviewed, yyyy-MM-dd", false, "Last reviewed"),
    ];

    public static readonly IReadOnlyList<CsvField> Organisations =
    [
        new("Name", "Full name", true, "Organisation"),
        new("ShortName", "Short name or initials, e.g. IPEM", false, "Short name", "Abbreviation"),
        new("Kind", "CoalitionPartner, GovernmentDepartment, ArmsLengthBody, NhsBody, ParliamentaryCommittee, ProfessionalBody, Regulator, Consultancy or Other", true, "Type"),
        new("Parent", "Parent organisation's name (in the directory or this file)", false, "Parent organisation"),
        new("Website", "Web address starting https://", false, "Web site", "URL"),
        new("Notes", "Notes"),
    ];

    public static readonly IReadOnlyList<CsvField> Interactions =
    [
        new("Kind", "Meeting, Call, Email, Letter, Event, Roundtable, ParliamentaryQuestion, Debate, BriefingSent or Other", true, "Type"),
        new("OccurredAt", "Date and time, yyyy-MM-ddTHH:mm (UK time); a date alone means midnight", true, "Date", "When", "Occurred"),
        new("Title", "Title", true, "Subject"),
        new("Location", "Location or channel", false, "Channel", "Where"),
        new("Attendees", "People met, separated by ;: " + PersonHelp, true, "With", "People"),
        new("Staff", "Staff present: users' email addresses separated by ;"),
        new("Partners", "Partner organisations represented: names or short names separated by ;"),
        new("Asks", "Asks discussed: codes separated by ;"),
        new("Summary", "Summary"),
        new("AsksRaised", "Asks raised (notes)", false, "Asks raised"),
        new("TheirConcerns", "Their concerns (notes)", false, "Concerns", "Their concerns"),
        new("CommitmentsByThem", "Commitments by them (notes)", false, "Commitments by them"),
        new("CommitmentsByUs", "Commitments by us (notes)", false, "Commitments by us"),
        new("Confidential", "true or false (default false)"),
        new("PqUin", "A parliamentary question's UIN", false, "UIN"),
    ];

    public static readonly IReadOnlyList<CsvField> Positions =
    [
        new("Person", PersonHelp, true, "Stakeholder", "Name"),
        new("Ask", "The ask's code, e.g. registration", true),
        new("Stance", "Champion, Supportive, Neutral, Sceptical, Opposed or Unknown", true),
        new("StatedOn", "Date stated, yyyy-MM-dd", true, "Date", "Stated on"),
        new("EvidenceKind", "Meeting, Letter, ParliamentaryQuestion, Hansard, PublicStatement or Inferred", true, "Evidence"),
        new("InteractionAt", "For meeting evidence: the interaction's date and time (yyyy-MM-ddTHH:mm)"),
        new("InteractionTitle", "For meeting evidence: the interaction's title"),
        new("PqUin", "For a parliamentary question: its UIN", false, "UIN"),
        new("Url", "Evidence web address (required for Hansard)", false, "Link", "EvidenceUrl"),
        new("Quote", "What they said"),
        new("Confidence", "Confirmed, Likely or Assumed (default Confirmed)"),
        new("Confidential", "true or false (default false); a position from a confidential interaction is always confidential"),
        new("RecordedBy", "A user's email address", false, "Recorded by"),
    ];

    public static IReadOnlyList<CsvField> For(CsvImportKind kind) => kind switch
    {
        CsvImportKind.Stakeholders => Stakeholders,
        CsvImportKind.Organisations => Organisations,
        CsvImportKind.Interactions => Interactions,
        CsvImportKind.Positions => Positions,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public const string DateFormat = "yyyy-MM-dd";
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm";
    public const char ListSeparator = ';';
}
