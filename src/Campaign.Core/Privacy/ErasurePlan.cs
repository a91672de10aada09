namespace Campaign.Privacy;

/// <summary>
/// An erasure worked out before it takes the write lock (<see cref="PrepareAsync"/>), then checked and written in one transaction
/// (<see cref="ApplyAsync"/>): reading 100,000 audit entries under the lock had every other save wait for seconds.
/// </summary>
internal sealed class ErasurePlan
{
    private ErasurePlan(long auditUpTo, int batchesUpTo, List<Anonymiser.Plan> people)
    {
        AuditUpTo = auditUpTo;
        BatchesUpTo = batchesUpTo;
        People = people;
    }

    /// <summary>The newest audit entry and import batch when planned: later ones are read in the transaction.</summary>
    public long AuditUpTo { get; }

    public int BatchesUpTo { get; }

    public List<Anonymiser.Plan> People { get; }

    public PackErasure.Plan Packs { get; private set; } = null!;

    private List<AuditRedaction.Redaction> _audit = [];
    private List<ImportHistoryRedaction.Redaction> _batches = [];
    private List<TextStrike> _interactions = [];
    private List<TextStrike> _followUps = [];

    /// <summary>A contact's or follow-up's texts as read (at that version) and as they must become.</summary>
    private sealed record TextStrike(int Id, long Version, string?[] Before, string?[] After);

    public static async Task<ErasurePlan> PrepareAsync(CampaignDbContext db, IEnumerable<int> stakeholderIds, DateTime localNow, CancellationToken cancellationToken)
    {
        // Read first: whatever is written after these ids is read again in the transaction.
        var auditUpTo = await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var batchesUpTo = await db.Set<Importing.ImportBatch>().MaxAsync(b => (int?)b.Id, cancellationToken) ?? 0;
        var summaries = await ImportHistoryRedaction.MembersSummariesAsync(db, batchesUpTo, cancellationToken);
        var people = new List<Anonymiser.Plan>();
        foreach (var id in stakeholderIds.Distinct())
        {
            if (await Anonymiser.PlanAsync(db, id, summaries, auditUpTo, cancellationToken) is { } person) people.Add(person);
        }
        var plan = new ErasurePlan(auditUpTo, batchesUpTo, people);
        if (people.Count == 0) return plan;

        var erased = people.Select(p => p.Person).ToList();
        plan.Packs = await PackErasure.PlanAsync(db, erased, localNow, cancellationToken);
        plan._audit = await AuditRedaction.PlanAsync(db, people.Select(p => p.Audit).ToList(), plan.Packs.Deleted, 0, auditUpTo, cancellationToken);
        plan._batches = await ImportHistoryRedaction.PlanAsync(db, erased, 0, batchesUpTo, cancellationToken);
        plan._interactions = await InteractionStrikesAsync(db, people, cancellationToken);
        plan._followUps = await FollowUpStrikesAsync(db, people, cancellationToken);
        return plan;
    }

    /// <summary>
    /// Writes the erasure in the caller's transaction, or returns false (having written nothing the caller keeps: it rolls
    /// back) when something the plan read has changed since.
    /// </summary>
    public async Task<bool> ApplyAsync(CampaignDbContext db, Actor actor, byte[] suppressionKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = People.Select(p => p.Person.Id).Order().ToList();
        // PostgreSQL: nobody may change them or link anything to them (a contact, a position) until this commits.
        if (db.Database.IsNpgsql())
        {
            var lockPeople = "SELECT 1 FROM \"Stakeholders\" WHERE \"Id\" IN (" + string.Join(", ", ids) + ") ORDER BY \"Id\" FOR UPDATE";
            await db.Database.ExecuteSqlRawAsync(lockPeople, cancellationToken);
        }
        foreach (var person in People)
        {
            if (!await Anonymiser.StillCurrentAsync(db, person, AuditUpTo, cancellationToken)) return false;
        }
        var erased = People.Select(p => p.Person).ToList();
        if (!await PackErasure.StillCurrentAsync(db, Packs, erased, cancellationToken)) return false;

        foreach (var person in People) await Anonymiser.ApplyAsync(db, person, suppressionKey, now, cancellationToken);
        if (!await StrikeInteractionsAsync(db, now, cancellationToken) || !await StrikeFollowUpsAsync(db, now, cancellationToken)) return false;
        await StrikeEmailsAsync(db, cancellationToken);
        if (!await PackErasure.ApplyAsync(db, actor, Packs, erased, now, cancellationToken)) return false;

        var scopes = People.Select(p => p.Audit).ToList();
        var newerAudit = await AuditRedaction.PlanAsync(db, scopes, Packs.Deleted, AuditUpTo, long.MaxValue, cancellationToken);
        if (!await AuditRedaction.ApplyAsync(db, _audit.Concat(newerAudit), cancellationToken)) return false;
        var newerBatches = await ImportHistoryRedaction.PlanAsync(db, erased, BatchesUpTo, int.MaxValue, cancellationToken);
        return await ImportHistoryRedaction.ApplyAsync(db, _batches.Concat(newerBatches), cancellationToken);
    }

    /// <summary>Each contact once, with every name of everyone erased here who attended it struck (people in order).</summary>
    private static async Task<List<TextStrike>> InteractionStrikesAsync(CampaignDbContext db, List<Anonymiser.Plan> people, CancellationToken cancellationToken)
    {
        var ids = people.SelectMany(p => p.Interactions).Distinct().ToList();
        var texts = await db.Interactions.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Version, i.Title, i.Summary, i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs }).ToListAsync(cancellationToken);
        var strikes = new List<TextStrike>();
        foreach (var i in texts)
        {
            string?[] before = [i.Title, i.Summary, i.AsksRaised, i.TheirConcerns, i.CommitmentsByThem, i.CommitmentsByUs];
            var after = people.Where(p => p.Interactions.Contains(i.Id))
                .Aggregate(before, (current, p) => current.Select(text => Anonymiser.Strike(text, p.Person)).ToArray());
            if (!after.SequenceEqual(before)) strikes.Add(new TextStrike(i.Id, i.Version, before, after));
        }
        return strikes;
    }

    private static async Task<List<TextStrike>> FollowUpStrikesAsync(CampaignDbContext db, List<Anonymiser.Plan> people, CancellationToken cancellationToken)
    {
        var ids = people.SelectMany(p => p.Linked.FollowUps).Distinct().ToList();
        var titles = await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Version, f.Title }).ToListAsync(cancellationToken);
        var strikes = new List<TextStrike>();
        foreach (var f in titles)
        {
            var title = people.Where(p => p.Linked.FollowUps.Contains(f.Id)).Aggregate(f.Title, (current, p) => Anonymiser.Strike(current, p.Person)!);
            if (title != f.Title) strikes.Add(new TextStrike(f.Id, f.Version, [f.Title], [title]));
        }
        return strikes;
    }

    /// <summary>Each struck contact, if still at the version read.</summary>
    private async Task<bool> StrikeInteractionsAsync(CampaignDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (id, version, _, after) in _interactions)
        {
            var written = await db.Interactions.Where(x => x.Id == id && x.Version == version).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Title, after[0]!).SetProperty(x => x.Summary, after[1]).SetProperty(x => x.AsksRaised, after[2])
                .SetProperty(x => x.TheirConcerns, after[3]).SetProperty(x => x.CommitmentsByThem, after[4]).SetProperty(x => x.CommitmentsByUs, after[5])
                .SetProperty(x => x.UpdatedAt, now).BumpVersion(db), cancellationToken);
            if (written == 0) return false;
        }
        return true;
    }

    private async Task<bool> StrikeFollowUpsAsync(CampaignDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (id, version, _, after) in _followUps)
        {
            var written = await db.FollowUps.Where(f => f.Id == id && f.Version == version)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.Title, after[0]!).SetProperty(f => f.UpdatedAt, now), cancellationToken);
            if (written == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// The outbox's copies of their follow-ups' titles: an assignment email's subject, and the text of any email not yet
    /// sent (a digest lists titles). Read in the transaction: emails are queued by saves the plan does not see.
    /// </summary>
    private async Task StrikeEmailsAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        var followUps = People.SelectMany(p => p.Linked.FollowUps).Distinct().ToList();
        var emails = await db.SentEmails.Where(e => (e.FollowUpId != null && followUps.Contains(e.FollowUpId.Value)) || e.Body != null)
            .ToListAsync(cancellationToken);
        foreach (var email in emails)
        {
            foreach (var person in People.Select(p => p.Person))
            {
                email.Subject = Anonymiser.Strike(email.Subject, person)!;
                email.Body = Anonymiser.Strike(email.Body, person);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
