using Campaign;
using Campaign.Web;
using Campaign.Web.Components;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Outside Development the unpublished app must still serve MudBlazor's and Blazor's static files.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddCampaignCore(builder.Configuration.GetConnectionString("Campaign"), builder.Environment.ContentRootPath);
builder.Services.Configure<StartupOptions>(builder.Configuration.GetSection(StartupOptions.Section));

var app = builder.Build();

await StartupTasks.PrepareDatabaseAsync(app.Services, app.Logger);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
