using Campaign.Confidentiality;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

/// <summary>
/// Every targeted person (current, not a partner body's contact) as their id and the few details the dashboard counts by,
/// kept in memory and brought up to date from <see cref="PersonChange"/>: a logged contact re-reads its attendees, not
/// the 44,500 people, so the head counts, "engaged" and priority-A coverage cost the same whatever the campaign's size.
/// Never names (those are looked up on every read, so an erased person's name is gone at once); a deleted person is
/// dropped on the next read.
/// </summary>
internal sealed class KeptPeople
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, CountedPerson> _byId = [];
    private readonly Dictionary<(StakeholderKind Kind, string? Party, int Influence, int Interest), int> _cells = [];
    private long _stamp = -1;
    private PeopleSnapshot _current = new(-1, [], []);

    /// <summary>How many times everyone has been read (tests see that a change is read person by person).</summary>
    internal int FullReads { get; private set; }

    /// <summary>
    /// The targeted people as of at least the <see cref="ChangeCounter.People"/> value read first: a write committed while
    /// reading may show already, and is read again next time.
    /// </summary>
    public async Task<PeopleSnapshot> CurrentAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await PersonChangeLog.StampAsync(db, cancellationToken);
        if (stamp == Volatile.Read(ref _stamp)) return _current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (stamp == _stamp) return _current;
            var changed = await PersonChangeLog.ChangedAsync(db, _stamp, stamp, cancellationToken);
            if (changed is null)
            {
                _byId.Clear();
                _cells.Clear();
                foreach (var person in await Counted(db.Stakeholders).ToListAsync(cancellationToken)) Add(person);
                FullReads++;
            }
            else if (changed.Count > 0)
            {
                foreach (var id in changed) Remove(id);
                foreach (var person in await Counted(db.Stakeholders.Where(s => changed.Contains(s.Id))).ToListAsync(cancellationToken)) Add(person);
            }
            _current = new PeopleSnapshot(stamp, [.. _byId.Values],
                [.. _cells.Where(c => c.Value > 0).Select(c => new HeadCount(c.Key.Kind, c.Key.Party, c.Key.Influence, c.Key.Interest, c.Value))]);
            Volatile.Write(ref _stamp, stamp);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    // The head counts move with each person added or taken away, so a change costs a cell, not a recount.
    private void Add(CountedPerson person)
    {
        _byId[person.Id] = person;
        var cell = (person.Kind, person.Party, person.Influence, person.Interest);
        _cells[cell] = _cells.GetValueOrDefault(cell) + 1;
    }

    private void Remove(int id)
    {
        if (!_byId.Remove(id, out var person)) return;
        _cells[(person.Kind, person.Party, person.Influence, person.Interest)]--;
    }

    private static IQueryable<CountedPerson> Counted(IQueryable<Stakeholder> people) => people.Targeted()
        .Select(s => new CountedPerson(s.Id, s.Kind, s.Party, s.Influence, s.Interest, s.Priority, s.LatestContactAt, s.LatestOpenContactAt));
}

/// <summary>The targeted people as of a <see cref="ChangeCounter.People"/> value, and how many there are of each kind, party, influence and interest.</summary>
internal sealed record PeopleSnapshot(long Stamp, CountedPerson[] People, List<HeadCount> HeadCounts);

/// <summary>A targeted person as the dashboard counts them (a struct: tens of thousands are kept).</summary>
internal readonly record struct CountedPerson(
    int Id, StakeholderKind Kind, string? Party, int Influence, int Interest, PriorityTier Priority, DateTime? LatestContactAt, DateTime? LatestOpenContactAt)
{
    /// <summary>The latest contact the reader may see (the coalition view's ignores confidential contacts).</summary>
    public DateTime? LatestContactFor(Clearance clearance) => clearance == Clearance.Staff ? LatestContactAt : LatestOpenContactAt;
}
