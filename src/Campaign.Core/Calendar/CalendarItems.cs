using Campaign.Engagements;

namespace Campaign.Calendar;

/// <summary>
/// The queries that turn follow-ups and interactions into calendar items, shared by the feed and the single downloads.
/// Callers filter by visibility first; nothing here reads the structured notes, which never leave the app this way.
/// </summary>
internal static class CalendarItems
{
    /// <summary>Kinds that happen at a time someone attends; letters, emails, questions and packs sent are not diary entries.</summary>
    public static readonly InteractionKind[] Attended =
        [InteractionKind.Meeting, InteractionKind.Call, InteractionKind.Event, InteractionKind.Roundtable, InteractionKind.Debate, InteractionKind.Other];

    public static async Task<List<CalendarItem>> FollowUpsAsync(IQueryable<FollowUp> followUps, Uri appBase, CancellationToken cancellationToken)
    {
        var rows = await followUps
            .Select(f => new
            {
                f.Id, f.Title, f.DueOn, f.Version, f.UpdatedAt, f.StakeholderId,
                Stakeholder = f.Stakeholder != null ? f.Stakeholder.DisplayName : null,
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Select(r =>
        {
            var link = r.StakeholderId is { } person ? new Uri(appBase, $"stakeholders/{person}") : new Uri(appBase, "follow-ups");
            var about = r.Stakeholder is null ? "" : $"About: {r.Stakeholder}\n";
            return new CalendarItem($"followup-{r.Id}@campaign", $"Follow-up: {r.Title}", r.Version, r.UpdatedAt)
            {
                Date = r.DueOn, Link = link, Description = $"{about}Due {Wording.LongDate(r.DueOn)}.\n{link}",
            };
        }).ToList();
    }

    public static async Task<List<CalendarItem>> InteractionsAsync(IQueryable<Interaction> interactions, Uri appBase, CancellationToken cancellationToken)
    {
        var rows = await interactions
            .Select(i => new
            {
                i.Id, i.Kind, i.Title, i.OccurredAt, i.Location, i.Summary, i.Version, i.UpdatedAt,
                Attendees = i.Attendees.OrderBy(a => a.Stakeholder!.FamilyName).Select(a => a.Stakeholder!.DisplayName).ToList(),
                Staff = i.Staff.OrderBy(s => s.User!.DisplayName).Select(s => s.User!.DisplayName).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).Select(r =>
        {
            var link = new Uri(appBase, $"interactions/{r.Id}");
            // Names go in the description, not ATTENDEE lines: those need an address (mailto:), which the feed does not carry,
            // and clients (Ical.Net among them) drop attendees without one.
            var description = new List<string> { Wording.Of(r.Kind) };
            if (r.Attendees.Count > 0) description.Add("With: " + string.Join(", ", r.Attendees));
            if (r.Staff.Count > 0) description.Add("Our side: " + string.Join(", ", r.Staff));
            if (!string.IsNullOrWhiteSpace(r.Summary)) description.Add(r.Summary);
            description.Add(link.ToString());
            return new CalendarItem($"interaction-{r.Id}@campaign", r.Title, r.Version, r.UpdatedAt)
            {
                StartsAt = r.OccurredAt, Location = r.Location, Link = link,
                Description = string.Join("\n", description),
            };
        }).ToList();
    }
}
