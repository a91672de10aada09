using Campaign.Campaigns;
using Campaign.Importing;
using Campaign.Organisations;
using Campaign.Stakeholders;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign;

public static class CampaignCoreServices
{
    /// <summary>The database and every feature service. Services are stateless (one context per call), so singletons.</summary>
    public static IServiceCollection AddCampaignCore(this IServiceCollection services, DatabaseProvider provider, string? connectionString, string baseDirectory)
    {
        services.AddCampaignDatabase(provider, connectionString, baseDirectory);
        // ASP.NET Core Identity's stores need a scoped context; each comes from the same factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CampaignDbContext>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StakeholderDirectory>();
        services.AddSingleton<StakeholderService>();
        services.AddSingleton<OrganisationService>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<SampleCampaignSeeder>();
        services.AddSingleton<Dashboard.DashboardService>();
        services.AddSingleton<Engagements.InteractionService>();
        services.AddSingleton<Engagements.FollowUpService>();
        services.AddSingleton<Engagements.EmailDrop.EmailLogService>();
        services.AddSingleton<Positions.PositionService>();
        services.AddSingleton<Auditing.AuditTrail>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<Templates.StatementEngine>();
        services.AddSingleton<Templates.PositionStatementService>();
        services.AddSingleton<Letters.MailMergeService>();
        services.AddSingleton<Briefings.BriefingService>();
        // Import, export and privacy (issue 9)
        services.AddSingleton<Importing.Parliament.MembersImportService>();
        services.AddSingleton<Importing.Parliament.MemberEventService>();
        services.AddSingleton<Importing.Parliament.WrittenQuestionsImportService>();
        services.AddSingleton<Importing.Csv.CsvImportService>();
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<Exporting.CsvExportService>();
        services.AddSingleton<Privacy.PrivacyService>();
        services.AddSingleton<Search.SearchService>();
        services.AddOptions<Privacy.PrivacyOptions>().BindConfiguration(Privacy.PrivacyOptions.Section);
        Importing.Parliament.MembersApiServices.AddParliamentMembersApi(services);
        services.AddSingleton<Scheduling.JobLeases>();
        Importing.Parliament.MembersApiServices.AddNightlyMembersSync(services);
        Monitoring.Sources.MonitorSourceServices.AddParliamentMonitorSources(services);
        services.AddTransient<Monitoring.MonitorRunner>();
        services.AddSingleton<Monitoring.MonitorService>();
        services.AddSingleton<Monitoring.MonitorInbox>();
        services.AddTransient<Monitoring.BillService>();
        Mail.MailServices.AddEmail(services);
        services.AddSingleton<Calendar.CalendarFeedService>();
        services.AddSingleton<Calendar.CalendarDownloads>();
        services.AddSingleton<Library.LibraryService>();
        services.AddSingleton<Library.LibraryDownloads>();
        return services;
    }
}
