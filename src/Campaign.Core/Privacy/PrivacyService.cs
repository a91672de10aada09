using System.Text.Json;
using Campaign.Auditing;
using Campaign.Briefings;
using Campaign.Stakeholders;

namespace Campaign.Privacy;

/// <summary>
/// Data-protection actions for administrators: the subject-access report (every view and export of it is itself
/// audited), erasure, and the retention review of people not contacted for a while.
/// </summary>
public sealed class PrivacyService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock, BriefingService briefings)
{
    /// <summary>The report for one person, after recording that this actor viewed or exported it (so the report shows it too).</summary>
    public async Task<SubjectAccessReport?> SubjectAccessAsync(Actor actor, int stakeholderId, SubjectAccessUse use, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.PrivacyActions);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        if (!await db.Stakeholders.AnyAsync(s => s.Id == stakeholderId, cancellationToken)) return null;

        var now = clock.GetUtcNow();
        db.AuditEntries.Add(Entry(actor, stakeholderId, now, use == SubjectAccessUse.Viewed ? AuditAction.Viewed : AuditAction.Exported,
            new Dictionary<string, object?> { ["Subject access report"] = use switch
            {
                SubjectAccessUse.ExportedJson => "JSON",
                SubjectAccessUse.ExportedPdf => "PDF",
                _ => "viewed",
            } }));
        await db.SaveChangesAsync(cancellationToken);
        return await SubjectAccessReports.LoadAsync(db, stakeholderId, now, actor.Name, cancellationToken);
    }

    /// <summary>
    /// Anonymises a person: their details go, their name is struck wherever stored (packs deleted or rebuilt), and imports
    /// stop re-creating them. Kind, party, stances and attendance stay, so every count and chart still adds up.
    /// </summary>
    public async Task<SaveResult> EraseAsync(Actor actor, int stakeholderId, CancellationToken cancellationToken = default) =>
        await EraseManyAsync(actor, [stakeholderId], cancellationToken) == 1 ? SaveResult.Saved(stakeholderId) : SaveResult.NotFound();

    /// <summary>
    /// Erases each person not yet erased in one transaction, planned first (<see cref="ErasurePlan"/>) so the write lock is
    /// held only to check and write; returns how many were erased.
    /// </summary>
    public async Task<int> EraseManyAsync(Actor actor, IReadOnlyCollection<int> stakeholderIds, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.PrivacyActions);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var now = clock.GetUtcNow();
        var localNow = clock.GetLocalNow().DateTime;
        var key = await ErasureSuppressions.EnsureKeyAsync(db, now, cancellationToken);
        ErasurePlan? erased = null;
        for (var attempt = 1; erased is null; attempt++)
        {
            var last = attempt == PlanAttempts;
            var plan = last ? null : await ErasurePlan.PrepareAsync(db, stakeholderIds, localNow, cancellationToken);
            if (plan is { People.Count: 0 }) return 0;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            plan ??= await ErasurePlan.PrepareAsync(db, stakeholderIds, localNow, cancellationToken);
            if (plan.People.Count == 0) return 0;
            if (!await plan.ApplyAsync(db, actor, key, now, cancellationToken))
            {
                if (last) throw new InvalidOperationException("The erasure changed under itself inside its own transaction.");
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                continue;
            }
            foreach (var person in plan.People)
            {
                db.AuditEntries.Add(Entry(actor, person.Person.Id, now, AuditAction.Erased, new Dictionary<string, object?>
                {
                    ["Erased"] = "names, contact details, notes, tags, posts, relationships and quotes removed; struck from contacts, follow-ups, audit and import history",
                    ["Interactions kept"] = person.Kept.Interactions,
                    ["Positions kept"] = person.Kept.Positions,
                    ["Briefing packs deleted"] = plan.Packs.DeletedFor.GetValueOrDefault(person.Person.Id),
                    ["Imports"] = "suppressed: imports skip them from now on",
                }));
            }
            await db.SaveChangesAsync(cancellationToken);
            await SweepPeopleIndexesAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            erased = plan;
        }

        // Made again from the anonymised data, each as a new pack by this administrator (the old one's deletion is audited).
        foreach (var rebuild in erased.Packs.Rebuilds)
        {
            try
            {
                _ = rebuild.InteractionId is { } meeting
                    ? await briefings.ExportMeetingPackAsync(actor, meeting, rebuild.Edition, rebuild.Appendices, cancellationToken)
                    : await briefings.ExportStakeholderPackAsync(actor, rebuild.StakeholderId!.Value, rebuild.Edition, rebuild.Appendices, cancellationToken);
            }
            catch (BriefingException)
            {
                // Nothing to brief on any more (no campaign; an appendix since made staff-only): the old pack stays deleted.
            }
        }
        await ForgetDeletedPagesAsync(db, cancellationToken);
        return erased.People.Count;
    }

    /// <summary>Tries in all: the plans made before the transaction may find the data changed; the last plans inside it.</summary>
    private const int PlanAttempts = 3;

    /// <summary>
    /// SQLite: imports re-index people without deleting their old words in place (<see cref="DerivedDataSql.PeopleIndexes"/>),
    /// so the erased person's earlier names and details may still sit behind delete markers: merging each index into one
    /// segment drops them (and secure_delete zeroes the pages they were on): under a second at 10×, each index being a few MB.
    /// </summary>
    private static async Task SweepPeopleIndexesAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return;
        foreach (var sql in DerivedDataSql.SweepPeopleIndexes) await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>
    /// SQLite: secure_delete zeroes deleted rows, but the write-ahead log keeps the old pages until a checkpoint, so empty it.
    /// PostgreSQL's old row versions go when autovacuum runs (see README).
    /// </summary>
    private static async Task ForgetDeletedPagesAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        // Waits for readers 5 s, not the 30 s writers wait for each other: the log is emptied by a later checkpoint anyway.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 5000; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA busy_timeout = 30000;", cancellationToken);
    }

    /// <summary>
    /// People with no contact (past or planned) in the last <paramref name="months"/> months, longest silent first.
    /// Someone added within that time and never contacted is not listed yet.
    /// </summary>
    public async Task<IReadOnlyList<RetentionCandidate>> RetentionReviewAsync(Actor actor, int months, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.PrivacyActions);
        months = Math.Clamp(months, 1, 240);
        var now = clock.GetUtcNow();
        var cutoff = now.AddMonths(-months);
        var cutoffLocal = clock.GetLocalNow().DateTime.AddMonths(-months);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Stakeholders.AsNoTracking()
            .Where(s => s.AnonymisedAt == null && !s.Attendances.Any(a => a.Interaction!.OccurredAt >= cutoffLocal))
            .Select(s => new
            {
                s.Id, s.DisplayName, s.Kind, Organisation = s.Organisation != null ? s.Organisation.Name : null, s.LastReviewedOn, s.CreatedAt,
                s.LawfulBasis, s.DataSource, LastContacted = s.Attendances.Max(a => (DateTime?)a.Interaction!.OccurredAt),
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.LastContacted is not null || r.CreatedAt < cutoff)
            .OrderBy(r => r.LastContacted ?? DateTime.MinValue).ThenBy(r => r.DisplayName)
            .Select(r => new RetentionCandidate(r.Id, r.DisplayName, r.Kind, r.Organisation, r.LastContacted, r.LastReviewedOn, r.CreatedAt, r.LawfulBasis, r.DataSource))
            .ToList();
    }

    private static AuditEntry Entry(Actor actor, int stakeholderId, DateTimeOffset at, AuditAction action, Dictionary<string, object?> fields) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.Name,
        EntityType = nameof(Stakeholder),
        EntityId = stakeholderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Action = action,
        Changes = JsonSerializer.Serialize(fields.ToDictionary(f => f.Key, f => new { before = (object?)null, after = f.Value })),
    };
}
