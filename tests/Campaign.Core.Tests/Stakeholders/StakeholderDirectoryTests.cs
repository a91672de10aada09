using Campaign.Campaigns;
using Campaign.Common;
using Campaign.Testing;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Core.Tests.Stakeholders;

public sealed class StakeholderDirectoryTests : DatabaseTest
{
    private StakeholderDirectory _directory = null!;
    private Ask _registration = null!;
    private Ask _pgd = null!;
    private readonly Dictionary<string, int> _ids = [];

    protected override async Task SetUpAsync()
    {
        _directory = new StakeholderDirectory(Database, Database.Clock);

        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        _registration = campaign.Asks[0];
        _pgd = campaign.Asks[1];
        var dhsc = b.Organisation("Department of Health and Social Care", "DHSC");
        var hospital = b.Organisation("St Elsewhere 100% NHS Trust");

        var adams = b.Person("Alice", "Adams", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Bristol Central"; s.Priority = PriorityTier.A; });
        var baker = b.Person("Ben", "Baker", StakeholderKind.MP, s => { s.Party = "Conservative"; s.Constituency = "Bath"; s.Status = MembershipStatus.Former; });
        var clarke = b.Person("Cara", "Clarke", StakeholderKind.Peer, s => { s.Party = "Crossbench"; s.Priority = PriorityTier.A; });
        var dhillon = b.Person("Dev", "Dhillon", StakeholderKind.CivilServant, s => { s.Organisation = dhsc; s.Department = "Professional Regulation"; });
        var evans = b.Person("Eve", "Evans", StakeholderKind.HealthProfessional, s => { s.Organisation = hospital; s.Tags = [new Tag { Name = "radiology" }]; });

        // Adams: entered out of date order; the latest by date (Champion, 2025) is current, not the last entered.
        b.Position(adams, _registration, Stance.Champion, new DateOnly(2025, 6, 1));
        b.Position(adams, _registration, Stance.Neutral, new DateOnly(2023, 1, 1));
        // Baker: a reversal: Supportive then Sceptical.
        b.Position(baker, _registration, Stance.Supportive, new DateOnly(2022, 1, 1));
        b.Position(baker, _registration, Stance.Sceptical, new DateOnly(2024, 1, 1));
        b.Position(clarke, _registration, Stance.Supportive, new DateOnly(2024, 5, 1));
        b.Position(clarke, _pgd, Stance.Unknown, new DateOnly(2024, 5, 1));

        b.Interaction(campaign, new DateTime(2026, 3, 1, 10, 0, 0), adams, clarke);
        b.Interaction(campaign, new DateTime(2026, 10, 1, 10, 0, 0), clarke);
        b.Interaction(campaign, new DateTime(2027, 1, 15, 10, 0, 0), adams); // planned: not yet a contact
        await b.SaveAsync();

        foreach (var s in new[] { adams, baker, clarke, dhillon, evans }) _ids[s.FamilyName] = s.Id;
        for (var i = 0; i < 60; i++)
            b.Person($"Person{i:00}", $"Zz{i:00}");
        await b.SaveAsync();
    }

    private async Task<IReadOnlyList<string>> Names(StakeholderListQuery query) =>
        (await _directory.ListAsync(TestActors.PublicAffairs, query)).Items.Select(i => i.DisplayName).ToList();

    [Fact]
    public async Task Pages_are_counted_and_cut_in_SQL_with_a_stable_order()
    {
        var first = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { PageSize = 25 });
        var third = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { PageSize = 25, Page = 2 });

        Assert.Equal(65, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(25, first.Items.Count);
        Assert.Equal(15, third.Items.Count);
        Assert.Equal(["Alice Adams", "Ben Baker", "Cara Clarke"], first.Items.Take(3).Select(i => i.DisplayName));
        Assert.Equal("Person59 Zz59", third.Items[^1].DisplayName);
    }

    [Fact]
    public async Task Page_size_is_capped()
    {
        var page = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { PageSize = 10_000 });
        Assert.Equal(StakeholderDirectory.MaxPageSize, page.PageSize);
    }

    [Theory]
    [InlineData("adams", "Alice Adams")]
    [InlineData("Bath", "Ben Baker")]
    [InlineData("DHSC", "Dev Dhillon")]
    [InlineData("Health and Social", "Dev Dhillon")]
    [InlineData("100%", "Eve Evans")]
    [InlineData("alice adams", "Alice Adams")]
    public async Task Search_matches_name_organisation_and_constituency(string search, string expected) =>
        Assert.Equal([expected], await Names(new StakeholderListQuery { Search = search }));

    [Fact]
    public async Task Search_treats_like_wildcards_as_text() =>
        Assert.Empty(await Names(new StakeholderListQuery { Search = "_" }));

    [Fact]
    public async Task Filters_combine()
    {
        Assert.Equal(["Alice Adams", "Ben Baker"], await Names(new StakeholderListQuery { Kind = StakeholderKind.MP }));
        Assert.Equal(["Alice Adams"], await Names(new StakeholderListQuery { Kind = StakeholderKind.MP, Status = MembershipStatus.Current }));
        Assert.Equal(["Cara Clarke"], await Names(new StakeholderListQuery { House = House.Lords }));
        Assert.Equal(["Ben Baker"], await Names(new StakeholderListQuery { Party = "Conservative" }));
        Assert.Equal(["Alice Adams", "Cara Clarke"], await Names(new StakeholderListQuery { Priority = PriorityTier.A }));
        Assert.Equal(["Eve Evans"], await Names(new StakeholderListQuery { Tag = "radiology" }));
    }

    [Fact]
    public async Task Current_stance_is_the_latest_by_date_stated_not_by_entry_order()
    {
        var page = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { Search = "Adams" });
        Assert.Equal(Stance.Champion, page.Items.Single().StanceOn(_registration.Id));
        Assert.Equal(Stance.Unknown, page.Items.Single().StanceOn(_pgd.Id));

        Assert.Equal(["Alice Adams"], await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = Stance.Champion }));
        Assert.Empty(await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = Stance.Neutral }));
    }

    [Fact]
    public async Task A_reversal_shows_the_newer_stance()
    {
        Assert.Equal(["Ben Baker"], await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = Stance.Sceptical }));
        Assert.Empty(await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = Stance.Supportive, Kind = StakeholderKind.MP }));
    }

    [Fact]
    public async Task Several_stances_find_anyone_whose_current_stance_is_one_of_them()
    {
        Assert.Equal(["Alice Adams", "Ben Baker"],
            (await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = StanceSet.Of([Stance.Champion, Stance.Sceptical]) })).Order());
        Assert.Equal(["Alice Adams"], await Names(new StakeholderListQuery { StanceAskId = _registration.Id, Stance = StanceSet.Of([Stance.Champion, Stance.Neutral]) }));

        // With Unknown among them, those with no record come too.
        var unknownOrChampion = await _directory.ListAsync(TestActors.PublicAffairs,
            new StakeholderListQuery { StanceAskId = _registration.Id, Stance = StanceSet.Of([Stance.Unknown, Stance.Champion]), PageSize = 100 });
        Assert.Equal(63, unknownOrChampion.TotalCount);
        Assert.Contains(unknownOrChampion.Items, i => i.DisplayName == "Alice Adams");
    }

    [Fact]
    public async Task Unknown_stance_includes_people_with_no_record()
    {
        var unknownOnPgd = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { StanceAskId = _pgd.Id, Stance = Stance.Unknown, PageSize = 100 });
        Assert.Equal(65, unknownOnPgd.TotalCount);
        var unknownOnRegistration = await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { StanceAskId = _registration.Id, Stance = Stance.Unknown, PageSize = 100 });
        Assert.Equal(62, unknownOnRegistration.TotalCount);
    }

    [Fact]
    public async Task Last_contacted_is_the_latest_past_interaction()
    {
        var items = (await _directory.ListAsync(TestActors.PublicAffairs, new StakeholderListQuery { Kind = StakeholderKind.MP })).Items;
        Assert.Equal(new DateTime(2026, 3, 1, 10, 0, 0), items.Single(i => i.Id == _ids["Adams"]).LastContacted);
        Assert.Null(items.Single(i => i.Id == _ids["Baker"]).LastContacted);
    }

    [Fact]
    public async Task Sorts_by_last_contacted_and_by_name_descending()
    {
        var byContact = await Names(new StakeholderListQuery { SortBy = StakeholderSort.LastContacted, Direction = SortOrder.Descending, PageSize = 2 });
        Assert.Equal(["Cara Clarke", "Alice Adams"], byContact);

        var byName = await Names(new StakeholderListQuery { Direction = SortOrder.Descending, PageSize = 1 });
        Assert.Equal(["Person59 Zz59"], byName);
    }

    [Fact]
    public async Task Sorts_by_kind_with_name_as_tie_breaker()
    {
        var names = await Names(new StakeholderListQuery { SortBy = StakeholderSort.Kind, Search = "a", PageSize = 100 });
        // Kinds are stored as text, so they sort alphabetically: CivilServant, HealthProfessional, MP, Other, Peer.
        Assert.Equal("Dev Dhillon", names[0]);
        Assert.Equal(["Alice Adams", "Ben Baker"], names.SkipWhile(n => n != "Alice Adams").Take(2));
    }
}
