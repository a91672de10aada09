using Campaign.Campaigns;
using Campaign.Organisations;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Errors;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using MudBlazor.Services;

namespace Campaign.Web.Tests;

/// <summary>A bUnit context with MudBlazor and the real feature services over a temporary SQLite database.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>Everything the components logged (failures are logged with their reference and stack).</summary>
    protected CapturedLogs Logs { get; } = new();

    /// <summary>Off unless a test turns it on; see <see cref="UseDatabaseFaults"/>.</summary>
    protected DatabaseFaults Faults { get; } = new();

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        // An upper bound, not a delay: on a loaded 2-core CI machine a real SQLite query and render can take seconds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(20);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddErrorHandling();
        Services.AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]));
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        Services.AddSingleton<IDbContextFactory<Data.CampaignDbContext>>(Database);
        Services.AddSingleton<TimeProvider>(Database.Clock);
        Services.AddSingleton<StakeholderDirectory>();
        Services.AddSingleton<Campaign.Library.LibraryService>();
        Services.AddSingleton<StakeholderService>();
        Services.AddSingleton<OrganisationService>();
        Services.AddSingleton<CampaignService>();
        Services.AddSingleton<StaffDirectory>();
        Services.AddSingleton<Engagements.InteractionService>();
        Services.AddSingleton<Engagements.EmailDrop.EmailLogService>();
        Services.AddScoped<Campaign.Web.Components.Pages.Interactions.EmailDrafts>();
        Services.AddSingleton<Engagements.FollowUpService>();
        Services.AddSingleton<Positions.PositionService>();
        Services.AddSingleton<Campaign.Templates.StatementEngine>();
        Services.AddSingleton<Campaign.Templates.PositionStatementService>();
        Services.AddSingleton<Campaign.Letters.MailMergeService>();
        Services.AddSingleton<Campaign.Briefings.BriefingService>();
        Services.AddSingleton<Campaign.Privacy.PrivacyService>();
        Services.AddSingleton<Campaign.Search.SearchService>();
        Services.AddSingleton<Campaign.Importing.Parliament.MemberEventService>();
        Services.AddSingleton<Campaign.Monitoring.MonitorInbox>();
        Services.AddScoped<Identity.ActorAccessor>();
        Services.AddScoped<Web.Components.Pages.Briefings.PackDownloads>();
        SignInAs(Roles.PublicAffairs);
    }

    /// <summary>The services' contexts get the fault switch (call before the first render: services are singletons).</summary>
    protected void UseDatabaseFaults() => Services.AddSingleton(Faults.Over(Database));

    /// <summary>Pages read the user from the authentication state, as they do in the app.</summary>
    protected void SignInAs(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized($"{role} user");
        authorization.SetRoles(role);
    }

    /// <summary>Menus and selects render into the popover provider, so it must be on the page.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static RenderFragment Fragment(Action<Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder> build) => b => build(b);
}
