using Campaign.Engagements;
using Campaign.Testing;

namespace Campaign.Core.Tests.Search;

/// <summary>Coalition members get neither hits, counts nor snippets from what they may not see.</summary>
public sealed class SearchVisibilityTests : SearchScenario
{
    [Fact]
    public async Task Confidential_interactions_are_neither_found_nor_counted_for_coalition_members()
    {
        var staff = await Search.SearchAsync(TestActors.Leadership, "secretsauce");
        var coalition = await Search.SearchAsync(Coalition(Ipem), "secretsauce");
        var coalitionByTitle = await Search.SearchAsync(Coalition(Ipem), "dinner");

        var hit = Assert.Single(staff.Interactions.Hits);
        Assert.True(hit.IsConfidential);
        Assert.Equal((0, 0), (coalition.Interactions.Count, coalition.TotalCount));
        Assert.Equal(0, coalitionByTitle.Interactions.Count);
    }

    [Fact]
    public async Task Interaction_notes_match_only_for_staff()
    {
        var staff = await Search.SearchAsync(TestActors.PublicAffairs, "budgetline");
        var coalition = await Search.SearchAsync(Coalition(Ipem), "budgetline");

        Assert.Equal(Roundtable.Id, Assert.Single(staff.Interactions.Hits).Id);
        Assert.Contains("budgetline", staff.Interactions.Hits[0].Snippet!.Plain);
        Assert.Equal(0, coalition.TotalCount);
    }

    [Fact]
    public async Task Internal_notes_about_people_match_only_for_staff()
    {
        var staff = await Search.SearchAsync(TestActors.Leadership, "sceptical");
        var coalition = await Search.SearchAsync(Coalition(Ipem), "sceptical");

        var hit = Assert.Single(staff.People.Hits);
        Assert.Equal(Ann.Id, hit.Id);
        Assert.Contains("Quietly sceptical", hit.Snippet!.Plain);
        Assert.Equal(0, coalition.TotalCount);
    }

    [Fact]
    public async Task A_coalition_members_hit_never_carries_text_from_notes()
    {
        var staff = await Search.SearchAsync(TestActors.PublicAffairs, "patel");
        var coalition = await Search.SearchAsync(Coalition(Ipem), "patel");

        Assert.Equal(["Priya Patel", "Tom Patelski", "Ann Baker"], Names(staff.People));
        Assert.Equal(["Priya Patel", "Tom Patelski"], Names(coalition.People));
        Assert.All(coalition.People.Hits, h => Assert.DoesNotContain("adviser", h.Snippet?.Plain ?? ""));
        Assert.Equal(2, coalition.People.Count);
    }

    [Fact]
    public async Task When_summary_and_notes_both_match_a_coalition_member_sees_the_summary_only()
    {
        var staff = await Search.SearchAsync(TestActors.PublicAffairs, "registration");
        var coalition = await Search.SearchAsync(Coalition(Ipem), "registration");

        var hit = Assert.Single(coalition.Interactions.Hits);
        Assert.Equal("Roundtable on registration", hit.Title.Plain);
        Assert.Equal("Agreed the registration timetable with partners.", hit.Snippet!.Plain);
        Assert.False(hit.IsConfidential);
        Assert.Equal(1, staff.Interactions.Count);
    }

    [Fact]
    public async Task The_coalition_views_index_follows_each_contact_in_and_out_of_confidence()
    {
        var interactions = new InteractionService(Database);
        var logged = await interactions.LogAsync(TestActors.PublicAffairs, new InteractionEditModel
        {
            CampaignId = Campaign.Id, OccurredAt = new DateTime(2026, 11, 2, 9, 0, 0), Title = "Visit to Zennor", AttendeeIds = [Priya.Id],
        });
        var id = logged.Id!.Value;
        async Task<(int Staff, int Coalition)> Found(string word) =>
            ((await Search.SearchAsync(TestActors.PublicAffairs, word)).Interactions.Count, (await Search.SearchAsync(Coalition(Ipem), word)).Interactions.Count);
        async Task EditAsync(Action<InteractionEditModel> change)
        {
            var model = (await interactions.GetForEditAsync(TestActors.PublicAffairs, id))!;
            change(model);
            Assert.True((await interactions.UpdateAsync(TestActors.PublicAffairs, id, model)).Succeeded);
        }

        Assert.Equal((1, 1), await Found("Zennor"));
        await EditAsync(m => m.IsConfidential = true);
        Assert.Equal((1, 0), await Found("Zennor"));
        await EditAsync(m => { m.IsConfidential = false; m.Title = "Visit to Morvah"; });
        Assert.Equal((1, 1), await Found("Morvah"));
        Assert.Equal((0, 0), await Found("Zennor"));
        var version = (await interactions.GetAsync(TestActors.PublicAffairs, id))!.Version;
        Assert.True((await interactions.DeleteAsync(TestActors.PublicAffairs, id, version)).Succeeded);
        Assert.Equal((0, 0), await Found("Morvah"));
    }
}
