using Campaign.Organisations;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Stakeholders;

/// <summary>
/// Someone else saves the same name, member id or new tag after a save was validated and before it is written: the
/// unique index refuses it, and the person is told why (or the save simply goes through), never an exception.
/// </summary>
public sealed class SaveRaceTests : DatabaseTest
{
    [Fact]
    public async Task An_organisation_named_meanwhile_is_a_message_at_the_name_field()
    {
        var meanwhile = Meanwhile(db => db.Organisations.Add(new Organisation { Name = "NHS England" }));
        var service = new OrganisationService(Database.With(meanwhile));

        var result = await service.CreateAsync(TestActors.PublicAffairs, new OrganisationEditModel { Name = "NHS England", Kind = OrganisationKind.NhsBody });

        Assert.True(meanwhile.Happened);
        Assert.Equal(["An organisation called \"NHS England\" already exists."], result.Errors["Name"]);
        Assert.Equal(1, await Database.WithContextAsync(db => db.Organisations.CountAsync(o => o.Name == "NHS England")));
    }

    [Fact]
    public async Task A_renamed_organisation_clashing_with_one_named_meanwhile_is_a_message_too()
    {
        var organisations = new OrganisationService(Database);
        var id = (await organisations.CreateAsync(TestActors.PublicAffairs, new OrganisationEditModel { Name = "NHS E" })).Id!.Value;
        var edit = (await organisations.GetForEditAsync(TestActors.PublicAffairs, id))!;
        edit.Name = "NHS England";
        var meanwhile = Meanwhile(db => db.Organisations.Add(new Organisation { Name = "NHS England" }));

        var result = await new OrganisationService(Database.With(meanwhile)).UpdateAsync(TestActors.PublicAffairs, id, edit);

        Assert.True(meanwhile.Happened);
        Assert.Equal(["An organisation called \"NHS England\" already exists."], result.Errors["Name"]);
    }

    [Fact]
    public async Task A_member_id_taken_meanwhile_is_a_message_at_the_member_id_field()
    {
        var meanwhile = Meanwhile(db => db.Stakeholders.Add(Person("Other", 4001)));
        var service = new StakeholderService(Database.With(meanwhile), Database.Clock);

        var result = await service.CreateAsync(TestActors.PublicAffairs, Mp(4001, tags: ""));

        Assert.True(meanwhile.Happened);
        Assert.Equal(["Parliament member id 4001 already belongs to another stakeholder."], result.Errors[nameof(StakeholderEditModel.ParliamentMemberId)]);
    }

    [Fact]
    public async Task A_new_tag_someone_else_created_meanwhile_is_used_and_the_save_goes_through()
    {
        var meanwhile = Meanwhile(db => db.Stakeholders.Add(Person("Other", 4002, new Tag { Name = "wales" })));
        var service = new StakeholderService(Database.With(meanwhile), Database.Clock);

        var result = await service.CreateAsync(TestActors.PublicAffairs, Mp(4003, tags: "wales"));

        Assert.True(meanwhile.Happened);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(["wales"], (await service.GetProfileAsync(TestActors.PublicAffairs, result.Id!.Value))!.Tags);
        Assert.Equal(1, await Database.WithContextAsync(db => db.Tags.CountAsync()));
    }

    private Meanwhile Meanwhile(Action<Campaign.Data.CampaignDbContext> add) => new(() =>
    {
        using var db = Database.CreateDbContext();
        add(db);
        db.SaveChanges();
    });

    private static Stakeholder Person(string name, int memberId, params Tag[] tags) => new()
    {
        Kind = StakeholderKind.MP, GivenName = name, FamilyName = "Member", DisplayName = name + " Member", Party = "Labour", Constituency = "Bath",
        ParliamentMemberId = memberId, Tags = tags.ToList(),
    };

    private static StakeholderEditModel Mp(int memberId, string tags) => new()
    {
        Kind = StakeholderKind.MP, GivenName = "Priya", FamilyName = "Raman", Party = "Labour", Constituency = "Leeds Central and Headingley",
        ParliamentMemberId = memberId, Tags = tags,
    };
}
