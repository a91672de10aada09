using System.Text.RegularExpressions;
using Campaign.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Importing.Csv;

/// <summary>
/// Stakeholders from CSV. A row matches an existing person by Parliament member id, else email address, else
/// given and family name with kind and organisation; matched rows are skipped or update only the file's columns.
/// </summary>
internal sealed partial class StakeholderImporter : ICsvImporter
{
    private sealed record Row(int Number, Stakeholder Person, IReadOnlyList<string> Tags, IReadOnlyList<string> Posts)
    {
        public int? ExistingId { get; set; }
    }

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(Stakeholder.OrganisationId)] = "Organisation",
        [nameof(Stakeholder.RelationshipOwnerId)] = "Owner",
    };

    public async Task<CsvPlan> PlanAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        var references = await ImportReferences.LoadAsync(context.Db, null, cancellationToken);
        var suppressed = await Privacy.ErasureSuppressions.LoadAsync(context.Db, cancellationToken);
        // Without an Organisation column, name and kind alone identify a person (when only one person has them).
        var withOrganisation = context.Map.Has("Organisation");
        var byName = references.People.GroupBy(p => NameKey(p.GivenName, p.FamilyName, p.Kind, withOrganisation ? p.OrganisationId : null))
            .Where(g => withOrganisation || g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First());
        var nameMatch = withOrganisation ? "name, kind and organisation" : "name and kind";
        var plan = new Plan(context.Map);
        var reader = new CsvRowReader(context.Map, context.Problems);
        var firstRowWith = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in context.Rows(reader, cancellationToken))
        {
            var row = Parse(reader, references, context);
            if (reader.HasProblems) continue;

            var s = row.Person;
            // Erased on request: neither added nor matched and updated, whatever the rest of the row says.
            if (suppressed.Member(s.ParliamentMemberId) || suppressed.Email(s.Email))
            {
                plan.ErasedRows.Add(record.Row);
                continue;
            }
            var nameKey = NameKey(s.GivenName, s.FamilyName, s.Kind, s.OrganisationId);
            var keys = new List<(string Key, string Column, string Description)>();
            if (s.ParliamentMemberId is { } memberId) keys.Add(($"pm:{memberId}", "ParliamentMemberId", $"Parliament member id {memberId}"));
            if (s.Email is { } email) keys.Add(($"email:{email}", "Email", $"email {email}"));
            keys.Add((nameKey, "GivenName", $"name, kind and organisation: {s.GivenName} {s.FamilyName}"));
            if (keys.FirstOrDefault(k => firstRowWith.ContainsKey(k.Key)) is { Key: not null } repeated)
            {
                reader.Problem(repeated.Column, $"repeats row {firstRowWith[repeated.Key]} (same {repeated.Description})");
                continue;
            }
            foreach (var key in keys) firstRowWith[key.Key] = record.Row;

            if (Match(s, references, byName, nameKey, nameMatch) is ({ } match, var matchedOn))
            {
                row.ExistingId = match.Id;
                plan.Matches.Add(new CsvMatch(record.Row, matchedOn, match.Id, match.DisplayName));
            }
            CheckKindRules(reader, context.Map, row);
            if (reader.HasProblems) continue;
            plan.Rows.Add(row);
        }
        plan.Count();
        return plan;
    }

    /// <summary>The existing person a row is: by Parliament member id, else email, else name with kind and organisation.</summary>
    private static (ImportReferences.PersonEntry? Person, string MatchedOn) Match(
        Stakeholder s, ImportReferences references, Dictionary<string, ImportReferences.PersonEntry> byName, string nameKey, string nameMatch)
    {
        if (s.ParliamentMemberId is { } memberId && references.FindByMemberId(memberId) is { } byMember)
            return (byMember, $"Parliament member id {memberId}");
        if (s.Email is { } email && references.FindByEmail(email) is { } byEmail)
            return (byEmail, $"email {email}");
        return byName.TryGetValue(nameKey, out var named) ? (named, nameMatch) : (null, "");
    }

    private static Row Parse(CsvRowReader r, ImportReferences references, CsvPlanContext context)
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
            OrganisationId = r.Text("Organisation") is { } organisation ? references.Organisation(r, "Organisation", organisation) : null,
            Email = r.Text("Email"),
            Phone = r.Text("Phone"),
            Address = r.Text("Address"),
            Priority = r.Enum<PriorityTier>("Priority") ?? PriorityTier.C,
            Influence = r.Int("Influence", 1, 5) ?? 3,
            Interest = r.Int("Interest", 1, 5) ?? 3,
            RelationshipOwnerId = r.Text("Owner") is { } owner ? references.User(r, "Owner", owner) : null,
            Notes = r.Text("Notes"),
            DataSource = r.Text("DataSource"),
            LawfulBasis = r.Enum<LawfulBasis>("LawfulBasis") ?? LawfulBasis.LegitimateInterests,
            LastReviewedOn = r.Date("LastReviewedOn"),
        };
        if (s.Email is not null && !System.Net.Mail.MailAddress.TryCreate(s.Email, out _))
            r.Problem("Email", $"\"{CsvRowReader.Clip(s.Email)}\" is not an email address");
        if (s.Phone is not null && !PhoneNumber().IsMatch(s.Phone))
            r.Problem("Phone", $"\"{CsvRowReader.Clip(s.Phone)}\" is not a telephone number (digits, spaces and + ( ) -)");
        var tags = r.List("Tags", 60);
        var posts = r.List("Posts", 300);
        context.CheckLengths(r, s, ColumnOf);
        return new Row(r.Row, s, tags, posts);
    }

    /// <summary>The form's rules and messages, for new people and for the columns an update writes.</summary>
    private static void CheckKindRules(CsvRowReader r, CsvColumnMap map, Row row)
    {
        var s = row.Person;
        foreach (var (property, message) in StakeholderRules.MissingForKind(s.Kind, s.Constituency, s.Party, s.Department, s.OrganisationId))
        {
            var column = ColumnOf.GetValueOrDefault(property, property);
            if (row.ExistingId is null || (map.Has(column) && map.Has("Kind"))) r.Problem(column, message);
        }
    }

    private static string NameKey(string given, string family, StakeholderKind kind, int? organisationId) =>
        $"name:{given.Trim().ToLowerInvariant()}|{family.Trim().ToLowerInvariant()}|{kind}|{organisationId}";

    [GeneratedRegex(@"^[0-9+()\-\s.]{3,50}$")]
    private static partial Regex PhoneNumber();

    private sealed class Plan(CsvColumnMap map) : CsvPlan
    {
        public List<Row> Rows { get; } = [];

        public void Count() => NewRows = Rows.Count(r => r.ExistingId is null);

        public override async Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken)
        {
            var db = context.Db;
            var created = Rows.Where(r => r.ExistingId is null).ToList();
            var updated = Rows.Where(r => r.ExistingId is not null && context.Decide(r.Number) == DuplicateAction.Update).ToList();
            foreach (var row in updated) row.Person.Id = row.ExistingId!.Value;

            await context.InsertAllAsync(created.Select(r => r.Person), p =>
            {
                p.Version = 1;
                p.CreatedAt = p.UpdatedAt = context.Now;
            }, cancellationToken);
            if (updated.Count > 0)
                await context.UpdateAllAsync(updated.Select(r => r.Person), UpdatedProperties(), p => p.UpdatedAt = context.Now, cancellationToken);

            var withTags = created.Concat(map.Has("Tags") ? updated : []).ToList();
            var withPosts = created.Concat(map.Has("Posts") ? updated : []).ToList();
            await WriteTagsAsync(context, withTags, updated.Count > 0 && map.Has("Tags") ? updated.Select(r => r.Person.Id) : [], cancellationToken);
            await WritePostsAsync(context, withPosts, updated.Count > 0 && map.Has("Posts") ? updated.Select(r => r.Person.Id) : [], cancellationToken);
            return (created.Count, updated.Count, Rows.Count - created.Count - updated.Count);
        }

        /// <summary>An update writes the file's columns only; a person's other fields stay as they are.</summary>
        private List<string> UpdatedProperties()
        {
            var properties = new List<string> { nameof(Stakeholder.UpdatedAt) };
            foreach (var field in map.MappedFields)
            {
                switch (field)
                {
                    case "Tags" or "Posts":
                        break;
                    case "Kind":
                        properties.AddRange([nameof(Stakeholder.Kind), nameof(Stakeholder.House)]);
                        break;
                    case "Organisation":
                        properties.Add(nameof(Stakeholder.OrganisationId));
                        break;
                    case "Owner":
                        properties.Add(nameof(Stakeholder.RelationshipOwnerId));
                        break;
                    case "Honorific" or "GivenName" or "FamilyName":
                        properties.AddRange([field, nameof(Stakeholder.DisplayName)]);
                        break;
                    default:
                        properties.Add(field);
                        break;
                }
            }
            return properties;
        }

        private static async Task WriteTagsAsync(CsvWriteContext context, List<Row> rows, IEnumerable<int> replaced, CancellationToken cancellationToken)
        {
            var db = context.Db;
            var join = db.Model.FindEntityType("StakeholderTags")!;
            await context.Stage.DeleteByAsync(join, "StakeholdersId", replaced, cancellationToken);
            if (rows.All(r => r.Tags.Count == 0)) return;

            var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            await using (var insertTag = await context.Stage.InsertAsync<Tag>(cancellationToken))
            {
                foreach (var name in rows.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !tags.ContainsKey(n)))
                {
                    var tag = new Tag { Name = name };
                    await insertTag.WriteAsync(tag, cancellationToken);
                    tags[name] = tag.Id;
                }
            }
            await using var link = await context.Stage.InsertAsync(join, cancellationToken);
            foreach (var row in rows)
            {
                foreach (var name in row.Tags)
                    await link.WriteValuesAsync(column => column == "StakeholdersId" ? row.Person.Id : tags[name], cancellationToken);
            }
        }

        private static async Task WritePostsAsync(CsvWriteContext context, List<Row> rows, IEnumerable<int> replaced, CancellationToken cancellationToken)
        {
            var db = context.Db;
            await context.Stage.DeleteByAsync(db.Model.FindEntityType(typeof(Post))!, nameof(Post.StakeholderId), replaced, cancellationToken);
            await using var insert = await context.Stage.InsertAsync<Post>(cancellationToken);
            foreach (var row in rows)
            {
                foreach (var title in row.Posts)
                    await insert.WriteAsync(new Post { StakeholderId = row.Person.Id, Title = title }, cancellationToken);
            }
        }
    }
}
