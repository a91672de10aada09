using System.Globalization;
using System.Text.Json;

namespace Campaign.Privacy;

/// <summary>The audit entries that concern one erased person, and how much of each must go.</summary>
internal sealed class AuditScope(ErasedPerson person)
{
    public ErasedPerson Person { get; } = person;

    /// <summary>Entries about their record and rows linked to it (tags, attendances, positions created for them…): every value goes.</summary>
    public HashSet<long> OwnEntries { get; init; } = [];

    /// <summary>Rows that were theirs alone (posts, relationships), by entity type and id: every value in their entries goes.</summary>
    public HashSet<(string Type, string Id)> Own { get; } = [];

    /// <summary>Their positions: the quote, link and PQ number go (as from the record), the stance stays.</summary>
    public HashSet<string> Positions { get; } = [];

    /// <summary>Contacts they attended (now or before) and follow-ups about them: their names go, single names too.</summary>
    public HashSet<(string Type, string Id)> Related { get; } = [];

    public void OwnRecords(string type, IEnumerable<int> ids) => Own.UnionWith(ids.Select(id => (type, Key(id))));

    public void Linked(string type, IEnumerable<int> ids) => Related.UnionWith(ids.Select(id => (type, Key(id))));

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Strikes erased people from the audit trail, on decoded values (see <see cref="JsonStrings"/>). Every entry is read: the
/// audit keeps deleted rows' values, and a full name, email or number may be in any record's history.
/// </summary>
internal static class AuditRedaction
{
    private const int PageSize = 2000;

    private static readonly HashSet<string> PositionFields = ["Quote", "EvidenceUrl", "PqUin"];

    /// <summary>File names and list descriptions of the packs erasure deleted: made from names.</summary>
    private static readonly HashSet<string> PackFields = ["FileName", "ListDescription"];

    /// <summary>An entry's changes as read, and as they must become.</summary>
    public sealed record Redaction(long Id, string Before, string After);

    /// <summary>
    /// How the entries with ids in (<paramref name="after"/>, <paramref name="upTo"/>] must be rewritten (every entry there
    /// is read), without writing anything.
    /// </summary>
    public static async Task<List<Redaction>> PlanAsync(
        CampaignDbContext db, IReadOnlyList<AuditScope> scopes, IReadOnlyCollection<int> deletedPacks, long after, long upTo, CancellationToken cancellationToken)
    {
        var redactions = new List<Redaction>();
        if (scopes.Count == 0) return redactions;
        var ownEntries = scopes.SelectMany(s => s.OwnEntries).ToHashSet();
        var own = scopes.SelectMany(s => s.Own).ToHashSet();
        var positions = scopes.SelectMany(s => s.Positions).ToHashSet();
        var related = scopes.SelectMany(s => s.Related.Select(r => (Record: r, s.Person))).ToLookup(r => r.Record, r => r.Person);
        var packs = deletedPacks.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var people = scopes.Select(s => s.Person).ToList();

        for (var last = after; ;)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(a => a.Id > last && a.Id <= upTo).OrderBy(a => a.Id).Take(PageSize)
                .Select(a => new { a.Id, a.EntityType, a.EntityId, a.Changes }).ToListAsync(cancellationToken);
            if (page.Count == 0) return redactions;
            last = page[^1].Id;
            foreach (var entry in page)
            {
                var record = (entry.EntityType, entry.EntityId);
                string? changes;
                if (ownEntries.Contains(entry.Id) || own.Contains(record))
                {
                    changes = StrikeAll(entry.Changes);
                }
                else
                {
                    var whole = entry.EntityType == nameof(Positions.StatedPosition) && positions.Contains(entry.EntityId) ? PositionFields
                        : entry.EntityType is nameof(Briefings.BriefingPack) or nameof(Briefings.BriefingPackFile) && packs.Contains(entry.EntityId) ? PackFields
                        : null;
                    var about = related[record].ToList();
                    changes = JsonStrings.Rewrite(entry.Changes, (field, text) =>
                    {
                        if (whole?.Contains(field) == true) return Anonymiser.Struck;
                        foreach (var person in about) text = JsonStrings.Strike(text, person.Any);
                        foreach (var person in people) text = JsonStrings.Strike(text, person.Identifying);
                        return text;
                    });
                }
                if (changes is not null) redactions.Add(new Redaction(entry.Id, entry.Changes, changes));
            }
        }
    }

    /// <summary>Writes each redaction if its entry still holds what was read; false if one did not (another erasure rewrote it meanwhile).</summary>
    public static async Task<bool> ApplyAsync(CampaignDbContext db, IEnumerable<Redaction> redactions, CancellationToken cancellationToken)
    {
        foreach (var (id, before, after) in redactions)
        {
            if (await db.AuditEntries.Where(a => a.Id == id && a.Changes == before).ExecuteUpdateAsync(u => u.SetProperty(a => a.Changes, after), cancellationToken) == 0)
                return false;
        }
        return true;
    }

    /// <summary>Every value of the entry becomes [erased] (which fields changed, and when, stays); null when that is already so.</summary>
    private static string? StrikeAll(string changes)
    {
        using var document = JsonDocument.Parse(changes);
        var struck = JsonSerializer.Serialize(document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => new
        {
            before = Present(p.Value, "before") ? Anonymiser.Struck : null,
            after = Present(p.Value, "after") ? Anonymiser.Struck : null,
        }));
        return struck == changes ? null : struck;
    }

    private static bool Present(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value) && value.ValueKind != JsonValueKind.Null;
}
