using Campaign.Testing;
using Campaign.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Stakeholders;

public sealed class StakeholderServiceTests : DatabaseTest
{
    private StakeholderService _service = null!;

    protected override Task SetUpAsync()
    {
        _service = new StakeholderService(Database, Database.Clock);
        return Task.CompletedTask;
    }

    private static StakeholderEditModel ValidMp(int? memberId = null) => new()
    {
        Kind = StakeholderKind.MP, Honorific = "Dr", GivenName = "Priya", FamilyName = "Raman", Party = "Labour",
        Constituency = "Leeds Central and Headingley", ParliamentMemberId = memberId, Email = "priya.raman@parliament.example",
        Tags = "health-committee, Radiology, health-committee", Posts = "Member, Health and Social Care Committee\n",
    };

    [Fact]
    public async Task Creates_a_stakeholder_with_composed_display_name_tags_and_posts()
    {
        var result = await _service.CreateAsync(TestActors.PublicAffairs, ValidMp());

        Assert.True(result.Succeeded);
        var profile = await _service.GetProfileAsync(TestActors.PublicAffairs, result.Id!.Value);
        Assert.NotNull(profile);
        Assert.Equal("Dr Priya Raman", profile.DisplayName);
        Assert.Equal(House.Commons, profile.House);
        Assert.Equal(["health-committee", "Radiology"], profile.Tags);
        Assert.Equal("Member, Health and Social Care Committee", Assert.Single(profile.Posts).Title);
    }

    [Fact]
    public async Task Missing_names_are_refused_with_a_message_per_field()
    {
        var model = ValidMp();
        model.GivenName = " ";
        model.FamilyName = "";

        var result = await _service.CreateAsync(TestActors.PublicAffairs, model);

        Assert.False(result.Succeeded);
        Assert.Equal(["Enter a given name."], result.Errors[nameof(model.GivenName)]);
        Assert.Equal(["Enter a family name."], result.Errors[nameof(model.FamilyName)]);
        Assert.Equal(0, await Database.WithContextAsync(db => db.Stakeholders.CountAsync()));
    }

    [Theory]
    [InlineData(StakeholderKind.MP, "Constituency", "Enter the constituency an MP represents.")]
    [InlineData(StakeholderKind.Peer, "Party", "Enter the peer's party or group, e.g. Crossbench.")]
    [InlineData(StakeholderKind.CivilServant, "Department", "Enter the civil servant's department or directorate.")]
    [InlineData(StakeholderKind.PartnerContact, "OrganisationId", "Choose the partner organisation this contact works for.")]
    public async Task Kind_specific_fields_are_required(StakeholderKind kind, string field, string message)
    {
        var model = new StakeholderEditModel { Kind = kind, GivenName = "Sam", FamilyName = "Okafor" };

        var result = await _service.CreateAsync(TestActors.PublicAffairs, model);

        Assert.Contains(message, result.Errors[field]);
    }

    [Fact]
    public async Task A_malformed_email_is_refused()
    {
        var model = ValidMp();
        model.Email = "priya.raman-at-parliament";

        var result = await _service.CreateAsync(TestActors.PublicAffairs, model);

        Assert.Equal(["Enter an email address in the form name@example.org."], result.Errors["Email"]);
    }

    [Fact]
    public async Task A_parliament_member_id_cannot_belong_to_two_people()
    {
        Assert.True((await _service.CreateAsync(TestActors.PublicAffairs, ValidMp(4321))).Succeeded);
        var second = ValidMp(4321);
        second.GivenName = "Other";

        var result = await _service.CreateAsync(TestActors.PublicAffairs, second);

        Assert.Equal(["Parliament member id 4321 already belongs to another stakeholder."], result.Errors["ParliamentMemberId"]);
    }

    [Fact]
    public async Task Editing_keeps_the_own_parliament_id_and_bumps_the_version()
    {
        var id = (await _service.CreateAsync(TestActors.PublicAffairs, ValidMp(4321))).Id!.Value;
        var edit = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        edit.Constituency = "Leeds North West";

        var result = await _service.UpdateAsync(TestActors.PublicAffairs, id, edit);

        Assert.True(result.Succeeded);
        var reloaded = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        Assert.Equal("Leeds North West", reloaded.Constituency);
        Assert.NotEqual(edit.Version, reloaded.Version);
        if (!TestDatabase.IsPostgres) Assert.Equal(edit.Version + 1, reloaded.Version); // SQLite counts; PostgreSQL's xmin is the writing transaction's id
    }

    [Fact]
    public async Task A_save_over_a_newer_save_is_refused_and_changes_nothing()
    {
        var id = (await _service.CreateAsync(TestActors.PublicAffairs, ValidMp())).Id!.Value;
        var mine = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        var theirs = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        theirs.Phone = "020 7219 3000";
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, id, theirs)).Succeeded);

        mine.Constituency = "Somewhere else";
        var result = await _service.UpdateAsync(TestActors.PublicAffairs, id, mine);

        Assert.True(result.IsConflict);
        var stored = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        Assert.Equal("Leeds Central and Headingley", stored.Constituency);
        Assert.Equal("020 7219 3000", stored.Phone);
    }

    [Fact]
    public async Task A_change_to_tags_alone_is_still_a_new_version()
    {
        var id = (await _service.CreateAsync(TestActors.PublicAffairs, ValidMp())).Id!.Value;
        var mine = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        var theirs = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        theirs.Tags = "radiology";
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, id, theirs)).Succeeded);

        mine.Phone = "020 7219 3000";
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, id, mine)).IsConflict);
    }

    [Fact]
    public async Task The_concurrency_token_guards_the_update_statement_itself()
    {
        // Two contexts read the same row; the second write must fail even though nothing checked versions in code.
        var id = (await _service.CreateAsync(TestActors.PublicAffairs, ValidMp())).Id!.Value;
        await using var first = Database.CreateDbContext();
        await using var second = Database.CreateDbContext();
        var a = await first.Stakeholders.SingleAsync(s => s.Id == id);
        var b = await second.Stakeholders.SingleAsync(s => s.Id == id);

        a.Phone = "1";
        await first.SaveChangesAsync();
        b.Phone = "2";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Unknown_ids_are_reported_as_not_found()
    {
        Assert.Null(await _service.GetProfileAsync(TestActors.PublicAffairs, 999));
        Assert.Null(await _service.GetForEditAsync(TestActors.PublicAffairs, 999));
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, 999, ValidMp())).IsNotFound);
    }
}
