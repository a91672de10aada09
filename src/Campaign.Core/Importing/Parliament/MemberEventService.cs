using Campaign.Confidentiality;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

/// <summary>One flag from a members import, as the dashboard and the profile show it.</summary>
public sealed record MemberEventItem(int Id, int StakeholderId, string Name, MemberEventKind Kind, string Detail, DateTimeOffset At);

/// <summary>The newest flags worth a look, and how many there are in all.</summary>
public sealed record MemberEventList(IReadOnlyList<MemberEventItem> Items, int Total)
{
    public static readonly MemberEventList None = new([], 0);
}

/// <summary>
/// The flags members imports record (<see cref="MemberEvent"/>): what the dashboard lists, what a profile shows, and
/// dismissing one. They are staff work, like follow-ups: the coalition view has none (<see cref="Clearances.SeesMemberEvents"/>).
/// </summary>
public sealed class MemberEventService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>Flags listed on the dashboard; the panel says how many more there are.</summary>
    public const int DashboardLimit = 10;

    /// <summary>
    /// Undismissed flags, newest first, for the people the campaign cares about: priority A or B, or a stance recorded on
    /// any ask. Everyone's are recorded; the rest wait on their profiles.
    /// </summary>
    public async Task<MemberEventList> ForDashboardAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var clearance = Clearances.Of(actor);
        if (!clearance.SeesMemberEvents()) return MemberEventList.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Walks IX_MemberEvents_At newest first and stops at the limit; the count reads only undismissed flags, which
        // imports add a few at a time.
        var worthALook = db.MemberEvents.AsNoTracking().Where(e => e.DismissedAt == null
            && (e.Stakeholder!.Priority == PriorityTier.A || e.Stakeholder.Priority == PriorityTier.B
                || db.StatedPositions.CurrentFor(clearance).Any(p => p.StakeholderId == e.StakeholderId && p.Stance != Stance.Unknown)));
        var items = await worthALook.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(DashboardLimit)
            .Select(e => new MemberEventItem(e.Id, e.StakeholderId, e.Stakeholder!.DisplayName, e.Kind, e.Detail, e.At))
            .ToListAsync(cancellationToken);
        var total = items.Count < DashboardLimit ? items.Count : await worthALook.CountAsync(cancellationToken);
        return new MemberEventList(items, total);
    }

    /// <summary>A person's undismissed flags, newest first, for their profile (whatever their priority).</summary>
    public async Task<IReadOnlyList<MemberEventItem>> ForStakeholderAsync(Actor actor, int stakeholderId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        if (!Clearances.Of(actor).SeesMemberEvents()) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MemberEvents.AsNoTracking().Where(e => e.StakeholderId == stakeholderId && e.DismissedAt == null)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new MemberEventItem(e.Id, e.StakeholderId, e.Stakeholder!.DisplayName, e.Kind, e.Detail, e.At))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The flag's words, the same on the dashboard, the profile and the subject-access report.</summary>
    public static string Label(MemberEventKind kind) => kind switch
    {
        MemberEventKind.LeftHouse => "Left the House",
        MemberEventKind.ChangedParty => "Changed party",
        _ => "New member",
    };

    /// <summary>Whether the actor may dismiss flags (the pages show the button only then; <see cref="DismissAsync"/> decides).</summary>
    public static bool CanDismiss(Actor actor) => actor.Can(Permission.EditStakeholders);

    /// <summary>Marks a flag as seen, with who and when, audited as any edit is. False when there is no such flag.</summary>
    public async Task<bool> DismissAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        var memberEvent = await db.MemberEvents.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (memberEvent is null) return false;
        // Dismissed already (by someone else a moment ago): the first dismissal is the one kept.
        if (memberEvent.DismissedAt is not null) return true;
        memberEvent.DismissedAt = clock.GetUtcNow();
        memberEvent.DismissedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
