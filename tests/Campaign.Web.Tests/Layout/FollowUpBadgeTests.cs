using Campaign.Data;
using Campaign.Engagements;
using Campaign.Testing;
using Campaign.Web.Components.Errors;
using Campaign.Web.Components.Layout;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests.Layout;

public sealed class FollowUpBadgeTests
{
    /// <summary>A database that cannot be reached at all.</summary>
    private sealed class Unreachable : IDbContextFactory<CampaignDbContext>
    {
        public CampaignDbContext CreateDbContext() => throw new InvalidOperationException("The database is unreachable (test)");
    }

    [Fact]
    public async Task A_count_that_fails_is_logged_and_never_thrown_into_the_navigation()
    {
        var logs = new CapturedLogs();
        var badge = new FollowUpBadge(new FollowUpService(new Unreachable(), TimeProvider.System),
            new FailureLog(new LoggerFactory([logs]).CreateLogger<FailureLog>()));

        await badge.RefreshAsync(TestActors.PublicAffairs);

        Assert.Null(badge.Overdue);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("counting overdue follow-ups") && e.Exception is not null);
    }
}
