using Campaign;
using Campaign.Data;
using Campaign.Web;
using Campaign.Web.Components;
using Campaign.Web.Components.Errors;
using Campaign.Web.Endpoints;
using Campaign.Web.Identity;
using Campaign.Web.Security;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Outside Development the unpublished app must still serve MudBlazor's and Blazor's static files.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddErrorHandling();
var provider = CampaignDatabase.ParseProvider(builder.Configuration[CampaignDatabase.ProviderSetting]);
builder.Services.AddCampaignCore(provider, builder.Configuration.GetConnectionString("Campaign"), builder.Environment.ContentRootPath);
// Several instances behind a load balancer must read each other's cookies and antiforgery tokens.
builder.Services.AddSharedDataProtection();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddCampaignIdentity(builder.Environment);
builder.Services.AddSingleton<DemoAccounts>();
builder.Services.AddScoped<Campaign.Web.Components.Layout.DarkModePreference>();
builder.Services.AddScoped<Campaign.Web.Components.Layout.FollowUpBadge>();
builder.Services.AddScoped<Campaign.Web.Components.Pages.Briefings.PackDownloads>();
builder.Services.AddScoped<Campaign.Web.Components.Pages.Interactions.EmailDrafts>();
builder.Services.Configure<StartupOptions>(builder.Configuration.GetSection(StartupOptions.Section));

var app = builder.Build();

if (args is ["backup", var backupPath, .. var backupOptions])
{
    // Before migrating or seeding: a backup copies the database as it is.
    Environment.ExitCode = await StartupTasks.BackupAsync(app.Services, backupPath, backupOptions.Contains("--overwrite"));
    return;
}

await StartupTasks.PrepareDatabaseAsync(app.Services, app.Environment, app.Logger);

if (args is ["seed-sample"])
{
    await StartupTasks.SeedSampleAsync(app.Services, app.Logger);
    return;
}

if (args is ["create-admin", var email])
{
    Environment.ExitCode = await StartupTasks.CreateAdminAsync(app.Services, email);
    return;
}

app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<MustChangePasswordMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapCampaignEndpoints();
// Our own policy carries frame-ancestors: Blazor's default would add a second Content-Security-Policy header.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

app.Run();

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
