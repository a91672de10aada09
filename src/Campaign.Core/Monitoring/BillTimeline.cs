using Campaign.Stakeholders;

namespace Campaign.Monitoring;

/// <summary>
/// A bill's stages as a timeline: those it has reached, then the usual ones still to come for a public bill in its House
/// of origin and then the other, ending in Royal Assent. The Bills API lists only stages reached, so what is next is ours.
/// </summary>
public static class BillTimeline
{
    private static readonly string[] InEachHouse = ["1st reading", "2nd reading", "Committee stage", "Report stage", "3rd reading"];

    public static IReadOnlyList<BillTimelineStep> Build(IReadOnlyList<BillStage> reached, House? originatingHouse, bool isAct)
    {
        var ordered = reached.OrderBy(s => s.SortOrder).ThenBy(s => s.FirstSitting).ToList();
        var steps = ordered.Select((s, i) => new BillTimelineStep(s.Description, s.House, s.FirstSitting, s.LastSitting,
            i == ordered.Count - 1 && !isAct ? BillStepState.Current : BillStepState.Done)).ToList();
        if (isAct) return steps;

        var first = originatingHouse ?? ordered.FirstOrDefault()?.House ?? House.Commons;
        var second = first == House.Commons ? House.Lords : House.Commons;
        var usual = InEachHouse.Select(d => (Description: d, House: (House?)first)).Concat(InEachHouse.Select(d => (Description: d, House: (House?)second)))
            .Append(("Consideration of amendments", null)).Append(("Royal Assent", null)).ToList();
        // Everything up to the last usual stage the bill has reached is behind it.
        var lastReached = ordered.Select(s => usual.FindLastIndex(u => Same(u.Description, s.Description) && (u.House is null || u.House == s.House))).DefaultIfEmpty(-1).Max();
        var toCome = usual.Skip(lastReached + 1).ToList();
        steps.AddRange(toCome.Select((u, i) => new BillTimelineStep(u.Description, u.House, null, null, i == 0 ? BillStepState.Next : BillStepState.Later)));
        return steps;
    }

    private static bool Same(string usual, string actual)
    {
        static string Key(string s) => s.ToLowerInvariant().Replace("second", "2nd").Replace("first", "1st").Replace("third", "3rd").Replace(" stage", "");
        return Key(actual).StartsWith(Key(usual), StringComparison.Ordinal);
    }
}
