using System.Linq.Expressions;
using Campaign.Confidentiality;

namespace Campaign.Stakeholders;

public static class StakeholderQueries
{
    /// <summary>
    /// The latest contact up to <paramref name="now"/> in the reader's view: the stored one, unless it is still to come, when
    /// the history is searched (SQLite's CASE evaluates that subquery only in its branch).
    /// </summary>
    public static Expression<Func<Stakeholder, DateTime?>> LastContacted(DateTime now, Clearance clearance) => clearance == Clearance.Staff
        ? s => s.LatestContactAt <= now
            ? s.LatestContactAt
            : s.Attendances.Where(a => a.Interaction!.OccurredAt <= now).Max(a => (DateTime?)a.Interaction!.OccurredAt)
        : s => s.LatestOpenContactAt <= now
            ? s.LatestOpenContactAt
            : s.Attendances.Where(a => a.Interaction!.OccurredAt <= now && !a.Interaction.IsConfidential).Max(a => (DateTime?)a.Interaction!.OccurredAt);

    /// <summary>
    /// <see cref="LastContacted"/> with never-contacted as the earliest date, so both providers sort them alike
    /// (SQLite puts NULL first, PostgreSQL last).
    /// </summary>
    public static Expression<Func<Stakeholder, DateTime>> LastContactedForSorting(DateTime now, Clearance clearance)
    {
        var lastContacted = LastContacted(now, clearance);
        return Expression.Lambda<Func<Stakeholder, DateTime>>(
            Expression.Coalesce(lastContacted.Body, Expression.Constant(DateTime.MinValue)), lastContacted.Parameters);
    }

    /// <summary><see cref="LastContacted"/> with the person's id, for looking up a page of people at once.</summary>
    public static Expression<Func<Stakeholder, PersonLastContact>> LastContactOf(DateTime now, Clearance clearance) => clearance == Clearance.Staff
        ? s => new PersonLastContact(s.Id, s.LatestContactAt <= now
            ? s.LatestContactAt
            : s.Attendances.Where(a => a.Interaction!.OccurredAt <= now).Max(a => (DateTime?)a.Interaction!.OccurredAt))
        : s => new PersonLastContact(s.Id, s.LatestOpenContactAt <= now
            ? s.LatestOpenContactAt
            : s.Attendances.Where(a => a.Interaction!.OccurredAt <= now && !a.Interaction.IsConfidential).Max(a => (DateTime?)a.Interaction!.OccurredAt));

    /// <summary>The people the campaign works on: current, and not a partner body's own contact.</summary>
    public static IQueryable<Stakeholder> Targeted(this IQueryable<Stakeholder> people) =>
        people.Where(s => s.Status == MembershipStatus.Current && s.Kind != StakeholderKind.PartnerContact);

    /// <summary>People with a contact in the reader's view between <paramref name="since"/> and <paramref name="now"/>.</summary>
    public static IQueryable<Stakeholder> ContactedBetween(this IQueryable<Stakeholder> people, DateTime since, DateTime now, Clearance clearance) =>
        clearance == Clearance.Staff
            ? people.Where(s => s.LatestContactAt >= since
                                && (s.LatestContactAt <= now || s.Attendances.Any(a => a.Interaction!.OccurredAt >= since && a.Interaction.OccurredAt <= now)))
            : people.Where(s => s.LatestOpenContactAt >= since
                                && (s.LatestOpenContactAt <= now || s.Attendances.Any(a => !a.Interaction!.IsConfidential
                                    && a.Interaction.OccurredAt >= since && a.Interaction.OccurredAt <= now)));
}

public sealed record PersonLastContact(int StakeholderId, DateTime? At);
