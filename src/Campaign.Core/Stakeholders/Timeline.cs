using Campaign.Engagements;
using Campaign.Positions;

namespace Campaign.Stakeholders;

public enum TimelineKind
{
    Interaction,
    PositionChange,
    FollowUp,
}

/// <summary>One line of a profile's timeline: a contact, a stance learned (with the one it replaced), or a follow-up.</summary>
public sealed record TimelineEntry(
    DateTime When, TimelineKind Kind, string Title, int? InteractionId = null, InteractionKind? InteractionKind = null,
    bool IsConfidential = false, PositionView? Position = null, Stance? PreviousStance = null, FollowUpView? FollowUp = null);

public static class Timeline
{
    /// <summary>Newest first. Follow-ups sit at their due date; position changes at the date stated.</summary>
    public static IReadOnlyList<TimelineEntry> For(StakeholderProfile profile)
    {
        var entries = new List<TimelineEntry>();
        entries.AddRange(profile.Interactions.Select(i =>
            new TimelineEntry(i.OccurredAt, TimelineKind.Interaction, i.Title, i.Id, i.Kind, i.IsConfidential)));

        foreach (var ask in profile.Positions.GroupBy(p => p.AskId))
        {
            Stance? previous = null;
            foreach (var position in ask.OrderBy(p => p.StatedOn).ThenBy(p => p.Id))
            {
                entries.Add(new TimelineEntry(position.StatedOn.ToDateTime(TimeOnly.MinValue), TimelineKind.PositionChange, position.AskTitle,
                    position.InteractionId, Position: position, PreviousStance: previous));
                previous = position.Stance;
            }
        }

        entries.AddRange(profile.FollowUps.Select(f =>
            new TimelineEntry(f.DueOn.ToDateTime(TimeOnly.MinValue), TimelineKind.FollowUp, f.Title, f.InteractionId, FollowUp: f)));

        // On the same day, the contact comes before what was learned in it and what it led to.
        return entries.OrderByDescending(e => e.When.Date).ThenBy(e => e.Kind).ThenByDescending(e => e.When).ToList();
    }
}
