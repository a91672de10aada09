using Campaign.Testing;
using Campaign.Importing;
using Campaign.Positions;
using Campaign.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing;

public sealed class SampleCampaignSeederTests : DatabaseTest
{
    private SampleCampaignSeeder _seeder = null!;

    protected override Task SetUpAsync()
    {
        _seeder = new SampleCampaignSeeder(Database, Database.Clock);
        return Task.CompletedTask;
    }

    private Task<int[]> CountsAsync() => Database.WithContextAsync(async db => new[]
    {
        await db.Campaigns.CountAsync(), await db.Organisations.CountAsync(), await db.Stakeholders.CountAsync(),
        await db.Interactions.CountAsync(), await db.StatedPositions.CountAsync(), await db.FollowUps.CountAsync(),
        await db.Relationships.CountAsync(), await db.Users.CountAsync(), await db.PositionStatementTemplates.CountAsync(),
        await db.Tags.CountAsync(),
    });

    [Fact]
    public async Task Seeds_the_sample_campaign_once()
    {
        Assert.True(await _seeder.SeedAsync(Samples.IpemFolder));
        var afterFirst = await CountsAsync();
        Assert.False(await _seeder.SeedAsync(Samples.IpemFolder));
        var afterSecond = await CountsAsync();

        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(1, afterFirst[0]);
        Assert.All(afterFirst.Take(8), count => Assert.True(count > 0));
    }

    [Fact]
    public async Task Seeds_the_real_coalition_asks_and_milestones()
    {
        await _seeder.SeedAsync(Samples.IpemFolder);
        await using var db = Database.CreateDbContext();
        var campaign = await db.Campaigns.Include(c => c.Asks).Include(c => c.Milestones).Include(c => c.Partners).ThenInclude(p => p.Organisation).SingleAsync();

        Assert.Equal(2, campaign.Asks.Count);
        Assert.Contains(campaign.Asks, a => a.Title.Contains("Statutory registration", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(9, campaign.Partners.Count);
        Assert.Equal("IPEM", campaign.Partners.Single(p => p.Role == Campaigns.CoalitionRole.Lead).Organisation!.ShortName);
        Assert.True(campaign.Milestones.Count >= 8);
    }

    [Fact]
    public async Task Members_whose_membership_ended_are_former()
    {
        await _seeder.SeedAsync(Samples.IpemFolder);
        await using var db = Database.CreateDbContext();

        var parliamentarians = await db.Stakeholders.Where(s => s.ParliamentMemberId != null).ToListAsync();

        Assert.Contains(parliamentarians, s => s.Kind == StakeholderKind.MP && s.Status == MembershipStatus.Former && s.MembershipEndDate != null);
        Assert.Contains(parliamentarians, s => s.Kind == StakeholderKind.Peer && s.House == House.Lords);
        Assert.All(parliamentarians.Where(s => s.Kind == StakeholderKind.MP), s => Assert.False(string.IsNullOrEmpty(s.Constituency)));
    }

    [Fact]
    public async Task Meeting_evidence_links_to_an_interaction_the_person_attended()
    {
        await _seeder.SeedAsync(Samples.IpemFolder);
        await using var db = Database.CreateDbContext();

        var meetingPositions = await db.StatedPositions.Where(p => p.EvidenceKind == EvidenceKind.Meeting)
            .Select(p => new { p.InteractionId, Attended = db.InteractionAttendees.Any(a => a.InteractionId == p.InteractionId && a.StakeholderId == p.StakeholderId) })
            .ToListAsync();

        Assert.NotEmpty(meetingPositions);
        Assert.All(meetingPositions, p => Assert.True(p.Attended));
    }

    [Fact]
    public async Task A_bad_reference_names_file_row_and_column_and_writes_nothing()
    {
        var folder = Samples.CopyToTemp();
        try
        {
            var positions = Path.Combine(folder, "positions.csv");
            var lines = File.ReadAllLines(positions);
            var columns = lines[3].Split(',');
            columns[0] = "pm:nobody";
            lines[3] = string.Join(',', columns);
            File.WriteAllLines(positions, lines);

            var error = await Assert.ThrowsAsync<ImportException>(() => _seeder.SeedAsync(folder));

            Assert.Equal("positions.csv, row 3, column Person: person \"pm:nobody\" is not in people.csv or the Members files.", error.Message);
            Assert.Equal(new int[10], await CountsAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
