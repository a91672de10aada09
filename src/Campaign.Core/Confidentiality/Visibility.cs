using Campaign.Dashboard;
using Campaign.Engagements;
using Campaign.Positions;

namespace Campaign.Confidentiality;

/// <summary>
/// The coalition view's rows, written once for every query it reads. A position is confidential in its own right
/// (<see cref="StatedPosition.IsConfidential"/>), so it stays hidden when its interaction is edited or deleted.
/// </summary>
public static class Visibility
{
    public static IQueryable<Interaction> VisibleTo(this IQueryable<Interaction> interactions, Clearance clearance) =>
        clearance == Clearance.Staff ? interactions : interactions.Where(i => !i.IsConfidential);

    public static IQueryable<InteractionAttendee> VisibleTo(this IQueryable<InteractionAttendee> attendances, Clearance clearance) =>
        clearance == Clearance.Staff ? attendances : attendances.Where(a => !a.Interaction!.IsConfidential);

    public static IQueryable<InteractionPartner> VisibleTo(this IQueryable<InteractionPartner> partners, Clearance clearance) =>
        clearance == Clearance.Staff ? partners : partners.Where(p => !p.Interaction!.IsConfidential);

    public static IQueryable<StatedPosition> VisibleTo(this IQueryable<StatedPosition> positions, Clearance clearance) =>
        clearance == Clearance.Staff ? positions : positions.Where(p => !p.IsConfidential);

    /// <summary>
    /// The current stance per (stakeholder, ask) in this view: the latest visible record by date stated, ties going to
    /// the later-entered one. Both flags are kept by database triggers (Data.DerivedDataSql), each with partial indexes.
    /// </summary>
    public static IQueryable<StatedPosition> CurrentFor(this IQueryable<StatedPosition> positions, Clearance clearance) =>
        clearance == Clearance.Staff ? positions.Where(p => p.IsCurrent) : positions.Where(p => p.IsCoalitionCurrent);

    /// <summary>Monitor items: staff see the inbox; the coalition only items recorded as evidence by a position it can see.</summary>
    public static IQueryable<Monitoring.MonitorItem> VisibleTo(this IQueryable<Monitoring.MonitorItem> items, Clearance clearance) =>
        clearance.SeesMonitorInbox() ? items
            : items.Where(i => i.Status == Monitoring.TriageStatus.Evidence && i.StatedPosition != null && !i.StatedPosition.IsConfidential);

    public static IQueryable<FollowUp> VisibleTo(this IQueryable<FollowUp> followUps, Clearance clearance) =>
        clearance.SeesFollowUps() ? followUps : followUps.Where(_ => false);

    public static IQueryable<StanceTally> For(this IQueryable<StanceTally> tallies, Clearance clearance) =>
        tallies.Where(t => t.Clearance == clearance);

    public static IQueryable<InteractionMonthCount> VisibleTo(this IQueryable<InteractionMonthCount> counts, Clearance clearance) =>
        clearance == Clearance.Staff ? counts : counts.Where(c => !c.IsConfidential);

    public static IQueryable<PartnerMonthCount> VisibleTo(this IQueryable<PartnerMonthCount> counts, Clearance clearance) =>
        clearance == Clearance.Staff ? counts : counts.Where(c => !c.IsConfidential);

    /// <summary>Library documents: the coalition sees those shared with it, and nothing of the rest (not even their titles).</summary>
    public static IQueryable<Library.LibraryDocument> VisibleTo(this IQueryable<Library.LibraryDocument> documents, Clearance clearance) =>
        clearance == Clearance.Staff ? documents : documents.Where(d => d.Visibility == Library.LibraryVisibility.Coalition);

    public static IQueryable<Library.LibraryDocumentVersion> VisibleTo(this IQueryable<Library.LibraryDocumentVersion> versions, Clearance clearance) =>
        clearance == Clearance.Staff ? versions : versions.Where(v => v.Document!.Visibility == Library.LibraryVisibility.Coalition);
}
