using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Engagements.EmailDrop;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Engagements.EmailDrop;

/// <summary>The two emails the sample campaign ships to try the drop with, read against the sample campaign.</summary>
public sealed class SampleEmailTests : DatabaseTest
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => SampleDatabase.CreateAsync();

    private async Task<EmailLogDraft> DropAsync(string file)
    {
        var campaignId = await Database.WithContextAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        await using var stream = File.OpenRead(Path.Combine(Samples.IpemFolder, "emails", file));
        var result = await new EmailLogService(Database, Database.Clock)
            .PrepareAsync(TestActors.PublicAffairs, file, stream, stream.Length, campaignId, cancellationToken: TestContext.Current.CancellationToken);
        return Assert.IsType<EmailLogDraft>(result.Draft);
    }

    [Fact]
    public async Task The_reply_from_Fiona_MacAulay_finds_her_and_Priya_and_offers_to_add_her_researcher()
    {
        var draft = await DropAsync("reply-from-fiona-macaulay.eml");

        Assert.Equal("Fiona MacAulay", Assert.Single(draft.Participants, p => p.Field == EmailField.From).StakeholderName);
        Assert.Equal("Priya Raman", Assert.Single(draft.Participants, p => p.Field == EmailField.To).StaffName);
        Assert.False(Assert.Single(draft.Participants, p => p.Field == EmailField.Cc).IsKnown);
        Assert.EndsWith("Best wishes,\nFiona", draft.Model.Summary);
        Assert.Equal(new DateTime(2026, 12, 1, 16, 42, 0), draft.Model.OccurredAt);
    }

    [Fact]
    public async Task The_DHSC_email_is_HTML_only_with_an_attachment_and_an_encoded_sender()
    {
        var draft = await DropAsync("dhsc-pgd-review.eml");

        Assert.Equal("PGD review – scoping and timetable", draft.Model.Title);
        Assert.Contains(draft.Participants, p => p is { Name: "Dr Catrin Morgan – DHSC", StakeholderName: not null });
        Assert.Equal("pgd-review-scoping-note.pdf", Assert.Single(draft.Attachments).FileName);
        Assert.Contains("• Terms of reference: January 2027", draft.Model.Summary);
    }
}
