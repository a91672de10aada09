using Campaign.Confidentiality;

namespace Campaign.Calendar;

public sealed record CalendarFile(string Content, string FileName);

/// <summary>
/// One meeting or follow-up as an .ics file, in the reader's view: a coalition member gets no follow-up and no
/// confidential meeting (they do not exist for them), exactly as on the pages.
/// </summary>
public sealed class CalendarDownloads(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public async Task<CalendarFile?> InteractionAsync(Actor actor, int id, Uri appBase, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var interactions = db.Interactions.AsNoTracking().VisibleTo(Clearances.Of(actor)).Where(i => i.Id == id);
        var items = await CalendarItems.InteractionsAsync(interactions, appBase, cancellationToken);
        return items.Count == 0 ? null : new CalendarFile(IcsWriter.Write(null, items, clock.GetUtcNow()), $"interaction-{id}.ics");
    }

    public async Task<CalendarFile?> FollowUpAsync(Actor actor, int id, Uri appBase, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewConfidential);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var followUps = db.FollowUps.AsNoTracking().VisibleTo(Clearances.Of(actor)).Where(f => f.Id == id);
        var items = await CalendarItems.FollowUpsAsync(followUps, appBase, cancellationToken);
        return items.Count == 0 ? null : new CalendarFile(IcsWriter.Write(null, items, clock.GetUtcNow()), $"follow-up-{id}.ics");
    }
}
