using System.Collections.Concurrent;
using Campaign.Data;
using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests.Startup;

/// <summary>Outside Development the app seeds nothing and keeps no account with the published demo password.</summary>
public sealed class ProductionStartTests
{
    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(Capture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }

    // A folder of its own: a backup is refused in the folder of the database it copies.
    private static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"campaign-production-{Guid.NewGuid():N}", "campaign.db");

    private static WebApplicationFactory<Program> Production(AppFactory app, Capture capture) =>
        app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(capture)));

    [Fact]
    public async Task An_empty_database_gets_no_sample_and_no_accounts()
    {
        await using var app = new AppFactory(environment: "Production");
        var capture = new Capture();
        await using var production = Production(app, capture);

        await using var scope = production.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        Assert.Equal(0, await db.Campaigns.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Demo_accounts_from_a_development_start_are_disabled_with_a_warning()
    {
        var path = NewDatabasePath();
        await using (var development = new AppFactory())
        {
            Assert.NotEmpty(development.Services.GetRequiredService<DemoAccounts>().Users);
            // A copy, because the factory deletes its own database when it is disposed.
            await SqliteBackup.BackupAsync($"Data Source={development.DatabasePath}", path, overwrite: false);
        }

        await using var app = new AppFactory(databasePath: path, environment: "Production");
        var capture = new Capture();
        await using var production = Production(app, capture);
        await using var scope = production.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>();

        var admin = await users.FindByEmailAsync(AppFactory.Admin);
        Assert.True(admin!.IsDisabled);
        Assert.Empty(production.Services.GetRequiredService<DemoAccounts>().Users);
        Assert.Contains(capture.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(AppFactory.Admin) && e.Message.Contains("published demo password"));
        Assert.Equal(4, (await users.Users.Where(u => u.IsDisabled).ToListAsync()).Count);
    }

    [Fact]
    public async Task Seed_sample_seeds_the_campaign_when_asked_and_only_once()
    {
        await using var app = new AppFactory(environment: "Production");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test");

        Assert.True(await StartupTasks.SeedSampleAsync(app.Services, logger));
        Assert.False(await StartupTasks.SeedSampleAsync(app.Services, logger));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        Assert.Equal(1, await db.Campaigns.CountAsync());
        Assert.Empty(app.Services.GetRequiredService<DemoAccounts>().Users);
        Assert.Equal(0, await db.Users.CountAsync(u => u.PasswordHash != null));
    }
}
