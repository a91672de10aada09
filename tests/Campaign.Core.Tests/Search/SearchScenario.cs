using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Search;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Search;

/// <summary>A small hand-made campaign whose search answers are obvious, on a real database with its search index.</summary>
public abstract class SearchScenario : DatabaseTest
{
    protected SearchService Search { get; private set; } = null!;
    protected LobbyCampaign Campaign { get; private set; } = null!;
    protected Organisation Ipem { get; private set; } = null!;
    protected Stakeholder Priya { get; private set; } = null!;
    protected Stakeholder Tom { get; private set; } = null!;
    protected Stakeholder Ann { get; private set; } = null!;
    protected Stakeholder Sian { get; private set; } = null!;
    protected Interaction Roundtable { get; private set; } = null!;
    protected Interaction Dinner { get; private set; } = null!;

    protected static Actor Coalition(Organisation partner) => TestActors.Coalition(partner.Id);

    protected override async Task SetUpAsync()
    {
        Search = new SearchService(Database);
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        Campaign = b.Campaign("registration");
        Ipem = b.Organisation("Institute of Physics and Engineering in Medicine", "IPEM", OrganisationKind.CoalitionPartner);
        b.Organisation("Physics Teachers Network");
        Priya = b.Person("Priya", "Patel", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Leicester East"; });
        Tom = b.Person("Tom", "Patelski", StakeholderKind.CivilServant, s => s.Role = "Deputy Director");
        // Mentions Patel three times, but only in internal notes: the name matches must still come first.
        Ann = b.Person("Ann", "Baker", StakeholderKind.HealthProfessional, s => s.Notes = "Knows Patel well; Patel's adviser; met Patel twice. Quietly sceptical.");
        Sian = b.Person("Siân", "Evans", StakeholderKind.Peer, s => { s.DisplayName = "Baroness Siân Evans"; s.Peerage = "Baroness Evans of Llandaff"; });
        Roundtable = b.Interaction(Campaign, new DateTime(2026, 3, 4, 10, 0, 0), Priya);
        Roundtable.Title = "Roundtable on registration";
        Roundtable.Summary = "Agreed the registration timetable with partners.";
        Roundtable.AsksRaised = "Wants a costed budgetline before committing.";
        Dinner = b.Interaction(Campaign, new DateTime(2026, 4, 1, 19, 0, 0), Priya);
        Dinner.Title = "Private dinner";
        Dinner.Summary = "Off the record: discussed the whip's secretsauce.";
        Dinner.IsConfidential = true;
        b.TestActorUsers();
        await b.SaveAsync();
    }

    /// <summary>
    /// The columns a raw INSERT must fill besides the data, and their values: SQLite's version and timestamps (stored
    /// as numbers), or PostgreSQL's timestamps (the version there is xmin).
    /// </summary>
    protected static (string Columns, string Values) RowStamps => TestDatabase.IsPostgres
        ? ("\"CreatedAt\", \"UpdatedAt\"", "now(), now()")
        : ("\"Version\", \"CreatedAt\", \"UpdatedAt\"", "1, 0, 0");

    /// <summary>Adds many calls in one statement, as an import would: "Call 1" … "Call n", with the given summary SQL (over i).</summary>
    protected async Task AddCallsAsync(int count, string summarySql)
    {
        await using var db = Database.CreateDbContext();
        var sql = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
            INSERT INTO "Interactions" ("CampaignId", "Kind", "OccurredAt", "Title", "Summary", "IsConfidential", {RowStamps.Columns})
            SELECT {Campaign.Id}, 'Call', '2026-01-01 09:00:00', 'Call ' || i, {summarySql}, false, {RowStamps.Values} FROM n
            """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    protected static IReadOnlyList<string> Names(SearchGroup<PersonHit> group) => group.Hits.Select(h => h.Name.Plain).ToList();
}
