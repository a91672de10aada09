using System.Globalization;
using System.Text.Json;

namespace Campaign.Privacy;

/// <summary>
/// Erases one person: <see cref="PlanAsync"/> outside the write lock, <see cref="ApplyAsync"/> inside (see <see cref="ErasurePlan"/>).
/// Writes bypass the change tracker, whose audit would copy every erased value into a new entry's "before".
/// </summary>
internal static class Anonymiser
{
    public const string Struck = "[erased]";

    public sealed record Kept(int Interactions, int Positions);

    /// <summary>What is linked to them, by id, as read for the plan: a change to any of it means the plan is out of date.</summary>
    public sealed record Linked(long Version, int[] Attended, int[] Positions, int[] Posts, int[] Relationships, int[] FollowUps)
    {
        public bool SameAs(Linked other) =>
            Version == other.Version && Attended.SequenceEqual(other.Attended) && Positions.SequenceEqual(other.Positions)
            && Posts.SequenceEqual(other.Posts) && Relationships.SequenceEqual(other.Relationships) && FollowUps.SequenceEqual(other.FollowUps);
    }

    /// <summary>One person to erase: who they were (to strike them from text), what the audit holds about them, and what is linked.</summary>
    /// <param name="Interactions">Contacts they attend, and those they were taken off or that were deleted since (in the audit as "interaction,person").</param>
    public sealed record Plan(ErasedPerson Person, AuditScope Audit, Linked Linked, int[] Interactions, Kept Kept);

    /// <returns>The plan, or null when there is no such person or they were erased before.</returns>
    public static async Task<Plan?> PlanAsync(
        CampaignDbContext db, int id, IReadOnlyList<ImportHistoryRedaction.MembersSummary> summaries, long auditUpTo, CancellationToken cancellationToken)
    {
        var person = await db.Stakeholders.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.DisplayName, s.GivenName, s.FamilyName, s.Honorific, s.Email, s.Phone, s.Address, s.ParliamentMemberId, s.AnonymisedAt, s.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.AnonymisedAt is not null) return null;

        var own = await SubjectAccessReports.AuditAbout(db, id).Where(a => a.Id <= auditUpTo)
            .Select(a => new { a.Id, a.EntityType, a.EntityId, a.Action, a.Changes }).ToListAsync(cancellationToken);
        var identity = new ErasedPerson.Builder(id, person.ParliamentMemberId)
            .Name(person.Honorific, person.GivenName, person.FamilyName, person.DisplayName)
            .Email(person.Email).Phone(person.Phone).Address(person.Address);
        // Names, emails and numbers they had before: an edit's "before" is in their own audit entries, a Members
        // import's in its summary. Each is struck as their current one is, and each email is suppressed.
        foreach (var entry in own.Where(e => e.EntityType == nameof(Stakeholders.Stakeholder)))
            EarlierValues(entry.Changes, identity);
        ImportHistoryRedaction.EarlierNames(summaries, id, person.ParliamentMemberId, identity);
        var erased = identity.Build();

        var audited = AuditedInteractions(own.Where(e => e.EntityType == "InteractionAttendee").Select(e => e.EntityId)).ToHashSet();
        var linked = await LinkedAsync(db, id, person.Version, audited, cancellationToken);
        var scope = new AuditScope(erased) { OwnEntries = own.Where(e => e.Action is not (Auditing.AuditAction.Viewed or Auditing.AuditAction.Exported)).Select(e => e.Id).ToHashSet() };
        scope.OwnRecords(nameof(Stakeholders.Post), linked.Posts);
        scope.OwnRecords(nameof(Stakeholders.Relationship), linked.Relationships);
        scope.Positions.UnionWith(linked.Positions.Select(Key));
        var interactions = linked.Attended.Union(audited).Order().ToArray();
        scope.Linked("Interaction", interactions);
        scope.Linked(nameof(Engagements.FollowUp), linked.FollowUps);
        return new Plan(erased, scope, linked, interactions, new Kept(linked.Attended.Length, linked.Positions.Length));
    }

    /// <summary>
    /// True when the person and what is linked to them are as the plan read them (in the erasure's transaction, their row
    /// locked on PostgreSQL). Audit entries about them written since are added to the plan's scope.
    /// </summary>
    public static async Task<bool> StillCurrentAsync(CampaignDbContext db, Plan plan, long auditUpTo, CancellationToken cancellationToken)
    {
        var id = plan.Person.Id;
        var version = await db.Stakeholders.Where(s => s.Id == id && s.AnonymisedAt == null).Select(s => (long?)s.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is null) return false;
        var newer = await SubjectAccessReports.AuditAbout(db, id).Where(a => a.Id > auditUpTo)
            .Select(a => new { a.Id, a.EntityType, a.EntityId, a.Action }).ToListAsync(cancellationToken);
        // An edit of their record may have given them a name or email the plan does not know; a contact they were
        // taken off since is one more to strike.
        if (newer.Any(e => e.EntityType is nameof(Stakeholders.Stakeholder) or "InteractionAttendee" && e.Action is not (Auditing.AuditAction.Viewed or Auditing.AuditAction.Exported)))
            return false;
        var linked = await LinkedAsync(db, id, version.Value, plan.Interactions.Except(plan.Linked.Attended).ToHashSet(), cancellationToken);
        if (!linked.SameAs(plan.Linked)) return false;
        plan.Audit.OwnEntries.UnionWith(newer.Where(e => e.Action is not (Auditing.AuditAction.Viewed or Auditing.AuditAction.Exported)).Select(e => e.Id));
        return true;
    }

    /// <summary>The writes of the plan (interactions and follow-ups are struck by <see cref="ErasurePlan"/>, once for everyone).</summary>
    public static async Task ApplyAsync(CampaignDbContext db, Plan plan, byte[] suppressionKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = plan.Person.Id;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await db.Stakeholders.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Honorific, (string?)null)
            .SetProperty(s => s.GivenName, "Erased")
            .SetProperty(s => s.FamilyName, $"person {id}")
            .SetProperty(s => s.DisplayName, plan.Person.Stub)
            .SetProperty(s => s.PostNominals, (string?)null)
            .SetProperty(s => s.AddressAs, (string?)null)
            .SetProperty(s => s.Constituency, (string?)null)
            .SetProperty(s => s.Peerage, (string?)null)
            .SetProperty(s => s.ParliamentMemberId, (int?)null)
            .SetProperty(s => s.MembershipStartDate, (DateOnly?)null)
            .SetProperty(s => s.MembershipEndDate, (DateOnly?)null)
            .SetProperty(s => s.MembershipEndReason, (string?)null)
            .SetProperty(s => s.ThumbnailUrl, (string?)null)
            .SetProperty(s => s.Department, (string?)null)
            .SetProperty(s => s.Role, (string?)null)
            .SetProperty(s => s.OrganisationId, (int?)null)
            .SetProperty(s => s.Email, (string?)null)
            .SetProperty(s => s.Phone, (string?)null)
            .SetProperty(s => s.Address, (string?)null)
            .SetProperty(s => s.RelationshipOwnerId, (string?)null)
            .SetProperty(s => s.Notes, (string?)null)
            .SetProperty(s => s.DataSource, (string?)null)
            .SetProperty(s => s.LastReviewedOn, today)
            .SetProperty(s => s.AnonymisedAt, now)
            .SetProperty(s => s.UpdatedAt, now)
            .BumpVersion(db), cancellationToken);
        // The member id is cleared from the record; the keyed hash stops an import bringing them back.
        await ErasureSuppressions.AddAsync(db, suppressionKey, plan.Person.MemberId, plan.Person.Emails, cancellationToken);

        await db.Set<Dictionary<string, object>>("StakeholderTags").Where(t => EF.Property<int>(t, "StakeholdersId") == id).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.StakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        // Set-based, so the stakeholder row (kept, anonymised) does not cascade: their flags from members imports go here.
        await db.MemberEvents.Where(e => e.StakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        // What the monitor copied from Parliament under their name (Parliament's record stays Parliament's; ours goes).
        var memberId = plan.Person.MemberId;
        await db.MonitorItems.Where(i => i.StakeholderId == id || (memberId != null && i.MemberId == memberId)).ExecuteDeleteAsync(cancellationToken);
        await db.Relationships.Where(r => r.FromStakeholderId == id || r.ToStakeholderId == id).ExecuteDeleteAsync(cancellationToken);
        await db.StatedPositions.Where(p => p.StakeholderId == id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.Quote, (string?)null).SetProperty(p => p.EvidenceUrl, (string?)null).SetProperty(p => p.PqUin, (string?)null), cancellationToken);
    }

    /// <summary>
    /// Their record's version and the ids of what is linked to them. Their follow-ups include those of every contact they
    /// attended, even one they were taken off since (the audit holds their attendance as "interaction,person").
    /// </summary>
    private static async Task<Linked> LinkedAsync(CampaignDbContext db, int id, long version, IReadOnlySet<int> auditedInteractions, CancellationToken cancellationToken)
    {
        var attended = await db.InteractionAttendees.Where(a => a.StakeholderId == id).Select(a => a.InteractionId).OrderBy(i => i).ToArrayAsync(cancellationToken);
        var positions = await db.StatedPositions.Where(p => p.StakeholderId == id).Select(p => p.Id).OrderBy(i => i).ToArrayAsync(cancellationToken);
        var posts = await db.Posts.Where(p => p.StakeholderId == id).Select(p => p.Id).OrderBy(i => i).ToArrayAsync(cancellationToken);
        var relationships = await db.Relationships.Where(r => r.FromStakeholderId == id || r.ToStakeholderId == id).Select(r => r.Id).OrderBy(i => i).ToArrayAsync(cancellationToken);
        var interactions = attended.Union(auditedInteractions).ToList();
        var followUps = await db.FollowUps.Where(f => f.StakeholderId == id || (f.InteractionId != null && interactions.Contains(f.InteractionId.Value)))
            .Select(f => f.Id).OrderBy(i => i).ToArrayAsync(cancellationToken);
        return new Linked(version, attended, positions, posts, relationships, followUps);
    }

    private static IEnumerable<int> AuditedInteractions(IEnumerable<string> entityIds) =>
        entityIds.Select(e => int.TryParse(e.Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0).Where(i => i > 0);

    /// <summary>Contacts and follow-ups about them are about them: every name of theirs goes, single names too.</summary>
    public static string? Strike(string? text, ErasedPerson person) => text is null ? null : JsonStrings.Strike(text, person.Any);

    /// <summary>Values their record held before an edit, read from the decoded audit entry.</summary>
    private static void EarlierValues(string changes, ErasedPerson.Builder identity)
    {
        using var document = JsonDocument.Parse(changes);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            foreach (var side in new[] { "before", "after" })
            {
                if (field.Value.ValueKind != JsonValueKind.Object || !field.Value.TryGetProperty(side, out var value) || value.ValueKind != JsonValueKind.String)
                    continue;
                var text = value.GetString();
                switch (field.Name)
                {
                    case "DisplayName": identity.FullName(text); break;
                    case "GivenName" or "FamilyName": identity.SingleName(text); break;
                    case "Email": identity.Email(text); break;
                    case "Phone": identity.Phone(text); break;
                    case "Address": identity.Address(text); break;
                }
            }
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
