using Campaign.Testing;
using Campaign.Organisations;

namespace Campaign.Core.Tests.Organisations;

public sealed class OrganisationServiceTests : DatabaseTest
{
    private OrganisationService _service = null!;

    protected override Task SetUpAsync()
    {
        _service = new OrganisationService(Database);
        return Task.CompletedTask;
    }

    private async Task<int> Create(string name, int? parentId = null) =>
        (await _service.CreateAsync(TestActors.PublicAffairs, new OrganisationEditModel { Name = name, ParentId = parentId, Kind = OrganisationKind.NhsBody })).Id!.Value;

    [Fact]
    public async Task Names_are_unique()
    {
        await Create("NHS England");
        var result = await _service.CreateAsync(TestActors.PublicAffairs, new OrganisationEditModel { Name = " NHS England " });
        Assert.Equal(["An organisation called \"NHS England\" already exists."], result.Errors["Name"]);
    }

    [Fact]
    public async Task A_parent_below_the_organisation_would_make_a_loop_and_is_refused()
    {
        var top = await Create("Top");
        var middle = await Create("Middle", top);
        var bottom = await Create("Bottom", middle);
        var edit = (await _service.GetForEditAsync(TestActors.PublicAffairs, top))!;
        edit.ParentId = bottom;

        var result = await _service.UpdateAsync(TestActors.PublicAffairs, top, edit);

        Assert.Equal(["That parent sits below this organisation: choosing it would make a loop."], result.Errors["ParentId"]);
    }

    [Fact]
    public async Task Website_must_be_a_web_address()
    {
        var result = await _service.CreateAsync(TestActors.PublicAffairs, new OrganisationEditModel { Name = "X", Website = "javascript:alert(1)" });
        Assert.Contains("Enter a full web address starting with https://.", result.Errors["Website"]);
    }

    [Fact]
    public async Task Profile_lists_children_and_the_list_counts_people()
    {
        var parent = await Create("Department of Health and Social Care");
        await Create("Professional Regulation Directorate", parent);

        var profile = await _service.GetProfileAsync(TestActors.PublicAffairs, parent);
        var list = await _service.ListAsync(TestActors.PublicAffairs, "health", null, 0, 10);

        Assert.Equal("Professional Regulation Directorate", Assert.Single(profile!.Children).Name);
        Assert.Equal(0, Assert.Single(list.Items).PeopleCount);
    }

    [Fact]
    public async Task A_stale_edit_is_refused()
    {
        var id = await Create("HCPC");
        var mine = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        var theirs = (await _service.GetForEditAsync(TestActors.PublicAffairs, id))!;
        theirs.ShortName = "HCPC";
        await _service.UpdateAsync(TestActors.PublicAffairs, id, theirs);

        mine.Website = "https://www.hcpc-uk.org";
        Assert.True((await _service.UpdateAsync(TestActors.PublicAffairs, id, mine)).IsConflict);
    }
}
