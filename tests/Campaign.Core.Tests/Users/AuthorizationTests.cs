using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Users;

/// <summary>The role matrix, enforced by the services whatever page or endpoint calls them.</summary>
public sealed class AuthorizationTests : DatabaseTest
{
    private StakeholderService _stakeholders = null!;
    private StakeholderDirectory _directory = null!;
    private OrganisationService _organisations = null!;
    private int _personId;
    private int _partnerId;

    protected override async Task SetUpAsync()
    {
        _stakeholders = new StakeholderService(Database, Database.Clock);
        _directory = new StakeholderDirectory(Database, Database.Clock);
        _organisations = new OrganisationService(Database);

        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        var partner = b.Organisation("Register of Clinical Technologists", "RCT", OrganisationKind.CoalitionPartner);
        var person = b.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; s.Notes = "Prefers evening calls."; });
        var open = b.Interaction(campaign, new DateTime(2026, 3, 1, 10, 0, 0), person);
        var secret = b.Interaction(campaign, new DateTime(2026, 6, 1, 10, 0, 0), person);
        secret.IsConfidential = true;
        secret.Title = "Private briefing on the Minister's view";
        var fromOpen = b.Position(person, campaign.Asks[0], Stance.Neutral, new DateOnly(2026, 3, 1));
        fromOpen.Interaction = open;
        fromOpen.Quote = "I need to hear more.";
        var fromSecret = b.Position(person, campaign.Asks[0], Stance.Supportive, new DateOnly(2026, 6, 1));
        fromSecret.Interaction = secret;
        fromSecret.Quote = "Off the record, I'm with you.";
        db.FollowUps.Add(new FollowUp { Title = "Send the briefing paper", DueOn = new DateOnly(2026, 12, 1), Stakeholder = person });
        await b.SaveAsync();
        _personId = person.Id;
        _partnerId = partner.Id;
    }

    private Actor Coalition => TestActors.Coalition(_partnerId);

    [Fact]
    public async Task Coalition_members_and_leadership_cannot_edit_stakeholders_or_organisations()
    {
        foreach (var actor in new[] { Coalition, TestActors.Leadership })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => _stakeholders.GetForEditAsync(actor, _personId));
            await Assert.ThrowsAsync<AccessDeniedException>(() => _stakeholders.CreateAsync(actor, new StakeholderEditModel { GivenName = "A", FamilyName = "B", Kind = StakeholderKind.Other }));
            await Assert.ThrowsAsync<AccessDeniedException>(() => _stakeholders.UpdateAsync(actor, _personId, new StakeholderEditModel()));
            await Assert.ThrowsAsync<AccessDeniedException>(() => _organisations.CreateAsync(actor, new OrganisationEditModel { Name = "X" }));
        }
    }

    [Fact]
    public async Task Public_affairs_and_admins_can_edit()
    {
        foreach (var actor in new[] { TestActors.PublicAffairs, TestActors.Admin })
            Assert.NotNull(await _stakeholders.GetForEditAsync(actor, _personId));
    }

    [Fact]
    public async Task Someone_with_no_role_sees_nothing()
    {
        var nobody = new Actor("x", "Nobody", new HashSet<string>(), null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _directory.ListAsync(nobody, new StakeholderListQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _stakeholders.GetProfileAsync(nobody, _personId));
    }

    [Fact]
    public async Task Coalition_members_get_no_confidential_interactions_positions_notes_or_follow_ups()
    {
        var profile = (await _stakeholders.GetProfileAsync(Coalition, _personId))!;

        Assert.Null(profile.Notes);
        Assert.Empty(profile.FollowUps);
        Assert.DoesNotContain(profile.Interactions, i => i.IsConfidential);
        Assert.Single(profile.Interactions);
        Assert.Equal(new DateTime(2026, 3, 1, 10, 0, 0), profile.LastContacted);
        // A stance learned in a confidential meeting is itself confidential: not even the stance shows.
        Assert.DoesNotContain(profile.Positions, p => p.Stance == Stance.Supportive);
        Assert.Equal("I need to hear more.", Assert.Single(profile.Positions).Quote);
        Assert.Equal(Stance.Neutral, Assert.Single(profile.CurrentPositions).Stance);
    }

    [Fact]
    public async Task Staff_see_everything()
    {
        var profile = (await _stakeholders.GetProfileAsync(TestActors.Leadership, _personId))!;

        Assert.Equal("Prefers evening calls.", profile.Notes);
        Assert.Single(profile.FollowUps);
        Assert.Equal(2, profile.Interactions.Count);
        Assert.Equal(new DateTime(2026, 6, 1, 10, 0, 0), profile.LastContacted);
        Assert.Equal("Off the record, I'm with you.", profile.Positions.Single(p => p.Stance == Stance.Supportive).Quote);
    }

    [Fact]
    public async Task The_directory_hides_the_date_of_a_confidential_contact_from_coalition_members()
    {
        var forCoalition = (await _directory.ListAsync(Coalition, new StakeholderListQuery())).Items.Single();
        var forStaff = (await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery())).Items.Single();

        Assert.Equal(new DateTime(2026, 3, 1, 10, 0, 0), forCoalition.LastContacted);
        Assert.Equal(new DateTime(2026, 6, 1, 10, 0, 0), forStaff.LastContacted);
    }

    [Theory]
    [InlineData(Roles.Admin, true, true, true)]
    [InlineData(Roles.PublicAffairs, true, true, false)]
    [InlineData(Roles.Leadership, false, true, false)]
    [InlineData(Roles.Coalition, false, false, false)]
    public void The_matrix_matches_the_design(string role, bool editStakeholders, bool exportPacks, bool manageUsers)
    {
        Assert.Equal(editStakeholders, Permissions.RoleHas(role, Permission.EditStakeholders));
        Assert.Equal(exportPacks, Permissions.RoleHas(role, Permission.ExportPacks));
        Assert.Equal(exportPacks, Permissions.RoleHas(role, Permission.LogEngagements));
        Assert.Equal(exportPacks, Permissions.RoleHas(role, Permission.ViewConfidential));
        Assert.Equal(editStakeholders, Permissions.RoleHas(role, Permission.ImportData));
        Assert.Equal(manageUsers, Permissions.RoleHas(role, Permission.ManageUsers));
        Assert.Equal(manageUsers, Permissions.RoleHas(role, Permission.ViewAudit));
        Assert.True(Permissions.RoleHas(role, Permission.ViewDirectory));
    }
}
