using System.Net;
using Campaign.Briefings;
using Campaign.Dashboard;
using Campaign.Data;
using Campaign.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Confidentiality;

/// <summary>
/// The real app (Development, sample campaign, demo users, clock at 26 November 2026 10:00 UTC) with the confidential
/// scenario added through its own services, and the coalition demo user (RCT) signed in through the login form.
/// </summary>
public sealed class CoalitionPagesFixture : IAsyncLifetime
{
    private readonly AppFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    internal ConfidentialScenario Scenario { get; private set; } = null!;

    internal HttpClient Coalition { get; private set; } = null!;

    internal int CampaignId { get; private set; }
    internal IReadOnlyList<int> People { get; private set; } = [];
    internal IReadOnlyList<int> Organisations { get; private set; } = [];
    internal IReadOnlyList<(int Id, bool IsConfidential, bool IsPlanned)> Interactions { get; private set; } = [];

    /// <summary>A pack a staff member exported (internal, then shareable), for the stored-download address.</summary>
    internal IReadOnlyList<int> PackIds { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var clock = TestDatabase.DefaultClock();
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var contexts = _app.Services.GetRequiredService<IDbContextFactory<CampaignDbContext>>();
        Scenario = await ConfidentialScenario.AddToAsync(contexts, clock);
        if (Scenario.PartnerOrganisationId != await CoalitionUsersOrganisationAsync(contexts))
            throw new InvalidOperationException("The scenario's partner must be the coalition demo user's organisation.");

        await using (var db = await contexts.CreateDbContextAsync())
        {
            var now = clock.GetLocalNow().DateTime;
            CampaignId = await db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            People = await db.Stakeholders.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            Organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
            Interactions = (await db.Interactions.OrderBy(i => i.Id).Select(i => new { i.Id, i.IsConfidential, i.OccurredAt }).ToListAsync())
                .Select(i => (i.Id, i.IsConfidential, i.OccurredAt > now)).ToList();
        }

        var briefings = _app.Services.GetRequiredService<BriefingService>();
        var person = (await Scenario.PeopleWithHiddenMaterialAsync())[0];
        PackIds =
        [
            (await briefings.ExportStakeholderPackAsync(Scenario.Staff, person, BriefingEdition.Internal))!.PackId,
            (await briefings.ExportStakeholderPackAsync(Scenario.Staff, person, BriefingEdition.Shareable))!.PackId,
        ];

        Coalition = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await AppFactory.SignInAsync(Coalition, AppFactory.Coalition);
        if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Coalition sign-in failed: {signIn.StatusCode}");
    }

    internal IEnumerable<string> Charts => DashboardCsv.Charts;

    private static async Task<int?> CoalitionUsersOrganisationAsync(IDbContextFactory<CampaignDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == AppFactory.Coalition).Select(u => u.PartnerOrganisationId).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Coalition.Dispose();
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }
}
