using System.Text.RegularExpressions;
using Campaign.Privacy;
using Campaign.Stakeholders;

namespace Campaign.Importing.Csv;

/// <summary>
/// Stakeholders from CSV. A row matches an existing person by Parliament member id, else email address, else
/// given and family name with kind and organisation; matched rows are skipped or update only the file's columns.
/// </summary>
internal sealed partial class StakeholderImporter(CsvColumnMap map)
    : CsvImporter<StakeholderImporter.Row, string>(map, StringComparer.OrdinalIgnoreCase)
{
    internal sealed record Row(int Number, Stakeholder Person, IReadOnlyList<string> Tags, IReadOnlyList<string> Posts) : CsvRow(Number);

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(Stakeholder.OrganisationId)] = "Organisation",
        [nameof(Stakeholder.RelationshipOwnerId)] = "Owner",
    };

    // Set by LoadAsync, before any row is read.
    private ImportReferences _references = null!;
    private ErasureSuppressions.Suppressed _suppressed = null!;
    private Dictionary<string, ImportReferences.PersonEntry> _byName = [];
    private string _nameMatch = "";

    protected override async Task<bool> LoadAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        _references = await ImportReferences.LoadAsync(context.Db, null, cancellationToken);
        _suppressed = await ErasureSuppressions.LoadAsync(context.Db, cancellationToken);
        // Without an Organisation column, name and kind alone identify a person (when only one person has them).
        var withOrganisation = Map.Has("Organisation");
        _byName = _references.People.GroupBy(p => NameKey(p.GivenName, p.FamilyName, p.Kind, withOrganisation ? p.OrganisationId : null))
            .Where(g => withOrganisation || g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First());
        _nameMatch = withOrganisation ? "name, kind and organisation" : "name and kind";
        return true;
    }

    protected override Row Read(CsvRowReader r, CsvPlanContext context)
    {
        var kind = r.Enum<StakeholderKind>("Kind", required: true) ?? StakeholderKind.Other;
        var given = r.Required("GivenName") ?? "";
        var family = r.Required("FamilyName") ?? "";
        var honorific = r.Text("Honorific");
        var s = new Stakeholder
        {
            Kind = kind,
            Honorific = honorific,
            GivenName = given,
            FamilyName = family,
            PostNominals = r.Text("PostNominals"),
            DisplayName = r.Text("DisplayName") ?? Stakeholder.ComposeDisplayName(honorific, given, family),
            Party = r.Text("Party"),
            Constituency = r.Text("Constituency"),
            Peerage = r.Text("Peerage"),
            House = kind switch { StakeholderKind.MP => House.Commons, StakeholderKind.Peer => House.Lords, _ => null },
            ParliamentMemberId = r.Int("ParliamentMemberId", 1, int.MaxValue),
            Status = r.Enum<MembershipStatus>("Status") ?? MembershipStatus.Current,
            MembershipStartDate = r.Date("MembershipStartDate"),
            MembershipEndDate = r.Date("MembershipEndDate"),
            MembershipEndReason = r.Text("MembershipEndReason"),
            Department = r.Text("Department"),
            Role = r.Text("Role"),
            OrganisationId = r.Text("Organisation") is { } organisation ? _references.Organisation(r, "Organisation", organisation) : null,
            Email = r.Text("Email"),
            Phone = r.Text("Phone"),
            Address = r.Text("Address"),
            Priority = r.Enum<PriorityTier>("Priority") ?? PriorityTier.C,
            Influence = r.Int("Influence", 1, 5) ?? 3,
            Interest = r.Int("Interest", 1, 5) ?? 3,
            RelationshipOwnerId = r.Text("Owner") is { } owner ? _references.User(r, "Owner", owner) : null,
            Notes = r.Text("Notes"),
            DataSource = r.Text("DataSource"),
            LawfulBasis = r.Enum<LawfulBasis>("LawfulBasis") ?? LawfulBasis.LegitimateInterests,
            LastReviewedOn = r.Date("LastReviewedOn"),
        };
        CheckContactDetails(r, s);
        var tags = r.List("Tags", FieldLengths.Tag);
        var posts = r.List("Posts", FieldLengths.Title);
        context.CheckLengths(r, s, ColumnOf);
        return new Row(r.Row, s, tags, posts);
    }

    private static void CheckContactDetails(CsvRowReader r, Stakeholder s)
    {
        if (s.Email is not null && !System.Net.Mail.MailAddress.TryCreate(s.Email, out _))
            r.Problem("Email", $"\"{CsvRowReader.Clip(s.Email)}\" is not an email address");
        if (s.Phone is not null && !PhoneNumber().IsMatch(s.Phone))
            r.Problem("Phone", $"\"{CsvRowReader.Clip(s.Phone)}\" is not a telephone number (digits, spaces and + ( ) -)");
    }

    // Erased on request: neither added nor matched and updated, whatever the rest of the row says.
    protected override bool IsErased(Row row) => _suppressed.Member(row.Person.ParliamentMemberId) || _suppressed.Email(row.Person.Email);

    protected override IEnumerable<(string Key, string Column, string Same)> Keys(Row row)
    {
        var s = row.Person;
        if (s.ParliamentMemberId is { } memberId) yield return ($"pm:{memberId}", "ParliamentMemberId", $"Parliament member id {memberId}");
        if (s.Email is { } email) yield return ($"email:{email}", "Email", $"email {email}");
        yield return (NameKey(s), "GivenName", $"name, kind and organisation: {s.GivenName} {s.FamilyName}");
    }

    /// <summary>The existing person a row is: by Parliament member id, else email, else name with kind and organisation.</summary>
    protected override (int Id, string MatchedOn, string Existing)? Existing(Row row)
    {
        var s = row.Person;
        if (s.ParliamentMemberId is { } memberId && _references.FindByMemberId(memberId) is { } byMember)
            return (byMember.Id, $"Parliament member id {memberId}", byMember.DisplayName);
        if (s.Email is { } email && _references.FindByEmail(email) is { } byEmail)
            return (byEmail.Id, $"email {email}", byEmail.DisplayName);
        return _byName.TryGetValue(NameKey(s), out var named) ? (named.Id, _nameMatch, named.DisplayName) : null;
    }

    /// <summary>The form's rules and messages, for new people and for the columns an update writes.</summary>
    protected override void CheckMatched(CsvRowReader r, Row row)
    {
        var s = row.Person;
        foreach (var (property, message) in StakeholderRules.MissingForKind(s.Kind, s.Constituency, s.Party, s.Department, s.OrganisationId))
        {
            var column = ColumnOf.GetValueOrDefault(property, property);
            if (row.ExistingId is null || (Map.Has(column) && Map.Has("Kind"))) r.Problem(column, message);
        }
    }

    private static string NameKey(Stakeholder s) => NameKey(s.GivenName, s.FamilyName, s.Kind, s.OrganisationId);

    private static string NameKey(string given, string family, StakeholderKind kind, int? organisationId) =>
        $"name:{given.Trim().ToLowerInvariant()}|{family.Trim().ToLowerInvariant()}|{kind}|{organisationId}";

    [GeneratedRegex(@"^[0-9+()\-\s.]{3,50}$")]
    private static partial Regex PhoneNumber();
}
