using Campaign.Stakeholders;

namespace Campaign.Importing.Csv;

/// <summary>
/// Name lookups for the references a CSV row makes (people, organisations, staff, asks), loaded once per
/// import so that checking 100,000 rows costs dictionary lookups, not queries.
/// </summary>
internal sealed class ImportReferences
{
    public sealed record PersonEntry(int Id, int? MemberId, string? Email, string DisplayName, string GivenName, string FamilyName, StakeholderKind Kind, int? OrganisationId);

    private readonly Dictionary<int, PersonEntry> _byMemberId = [];
    private readonly Dictionary<string, List<PersonEntry>> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<PersonEntry>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(int Id, string Name)>> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _asks = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PersonEntry> People { get; private set; } = [];

    public static async Task<ImportReferences> LoadAsync(CampaignDbContext db, int? campaignId, CancellationToken cancellationToken)
    {
        var references = new ImportReferences();
        references.People = await db.Stakeholders.AsNoTracking()
            .Select(s => new PersonEntry(s.Id, s.ParliamentMemberId, s.Email, s.DisplayName, s.GivenName, s.FamilyName, s.Kind, s.OrganisationId))
            .ToListAsync(cancellationToken);
        foreach (var person in references.People)
        {
            if (person.MemberId is { } memberId) references._byMemberId[memberId] = person;
            if (!string.IsNullOrEmpty(person.Email)) Add(references._byEmail, person.Email, person);
            Add(references._byName, person.DisplayName, person);
        }
        foreach (var o in await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(cancellationToken))
        {
            Add(references._organisations, o.Name, (o.Id, o.Name));
            if (!string.IsNullOrEmpty(o.ShortName) && !string.Equals(o.ShortName, o.Name, StringComparison.OrdinalIgnoreCase))
                Add(references._organisations, o.ShortName, (o.Id, o.Name));
        }
        foreach (var u in await db.Users.AsNoTracking().Where(u => u.Email != null).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken))
            references._users[u.Email!] = u.Id;
        if (campaignId is { } id)
        {
            foreach (var a in await db.Asks.AsNoTracking().Where(a => a.CampaignId == id).Select(a => new { a.Id, a.Code, a.Title }).ToListAsync(cancellationToken))
            {
                references._asks[a.Code] = a.Id;
                references._asks.TryAdd(a.Title, a.Id);
            }
        }
        return references;
    }

    /// <summary>The campaign's interactions by date and time and title (in lower case), which is how a row names one.</summary>
    public static async Task<Dictionary<(DateTime, string), int>> InteractionsAsync(CampaignDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var interactions = new Dictionary<(DateTime, string), int>();
        foreach (var i in await db.Interactions.AsNoTracking().Where(i => i.CampaignId == campaignId)
                     .Select(i => new { i.Id, i.OccurredAt, i.Title }).ToListAsync(cancellationToken))
            interactions.TryAdd((i.OccurredAt, i.Title.ToLowerInvariant()), i.Id);
        return interactions;
    }

    public PersonEntry? FindByMemberId(int memberId) => _byMemberId.GetValueOrDefault(memberId);

    public PersonEntry? FindByEmail(string email) => _byEmail.TryGetValue(email, out var people) && people.Count == 1 ? people[0] : null;

    /// <summary>
    /// A person reference as exports write it: "pm:90001", an email address, or a display name. A problem is
    /// recorded when nobody, or more than one person, answers to it.
    /// </summary>
    public int? Person(CsvRowReader row, string field, string reference)
    {
        if (reference.StartsWith("pm:", StringComparison.OrdinalIgnoreCase))
        {
            if (int.TryParse(reference[3..], out var memberId) && _byMemberId.TryGetValue(memberId, out var member)) return member.Id;
            row.Problem(field, $"no one in the directory has Parliament member id \"{CsvRowReader.Clip(reference[3..])}\"");
            return null;
        }
        var index = reference.Contains('@') ? _byEmail : _byName;
        if (index.TryGetValue(reference, out var people))
        {
            if (people.Count == 1) return people[0].Id;
            row.Problem(field, $"{people.Count} people are \"{CsvRowReader.Clip(reference)}\": use their email address or pm: member id");
            return null;
        }
        row.Problem(field, $"no one in the directory is \"{CsvRowReader.Clip(reference)}\" (use pm:<member id>, an email address or the name the directory shows)");
        return null;
    }

    /// <summary>An organisation by name or short name, or null (no problem recorded) when there is none.</summary>
    public int? FindOrganisation(string name) =>
        _organisations.TryGetValue(name, out var matches) && matches.Select(m => m.Id).Distinct().Count() == 1 ? matches[0].Id : null;

    public int? Organisation(CsvRowReader row, string field, string name)
    {
        if (_organisations.TryGetValue(name, out var matches))
        {
            if (matches.Select(m => m.Id).Distinct().Count() == 1) return matches[0].Id;
            row.Problem(field, $"\"{CsvRowReader.Clip(name)}\" could be {string.Join(" or ", matches.Select(m => m.Name))}: use the full name");
            return null;
        }
        row.Problem(field, $"there is no organisation called \"{CsvRowReader.Clip(name)}\" (import organisations first)");
        return null;
    }

    public string? User(CsvRowReader row, string field, string email)
    {
        if (_users.TryGetValue(email, out var id)) return id;
        row.Problem(field, $"\"{CsvRowReader.Clip(email)}\" is not a user's email address");
        return null;
    }

    public int? Ask(CsvRowReader row, string field, string code)
    {
        if (_asks.TryGetValue(code, out var id)) return id;
        row.Problem(field, _asks.Count == 0 ? "the campaign has no asks" : $"\"{CsvRowReader.Clip(code)}\" is not one of the campaign's asks ({string.Join(", ", _asks.Keys.Where(k => !k.Contains(' ')))})");
        return null;
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
