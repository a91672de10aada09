using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Mail;
using Campaign.Scheduling;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Campaign.Core.Tests.Mail;

/// <summary>
/// Staff (Hannah, public affairs; Sam, admin), a coalition member and a disabled user; Fiona MacAulay, an MP, met once; the
/// fake SMTP server on loopback. The clock is Thursday 26 November 2026, 10:00 UK time (GMT).
/// </summary>
public abstract class MailFixture : DatabaseTest
{
    protected const string BaseUrl = "https://campaign.example";

    protected FakeSmtpServer Smtp { get; private set; } = null!;
    protected EmailOptions Settings { get; private set; } = null!;
    protected EmailOutbox Outbox { get; private set; } = null!;
    protected InteractionService Interactions { get; private set; } = null!;
    protected CapturedLogs Logs { get; } = new();
    protected LobbyCampaign Campaign { get; private set; } = null!;
    protected Stakeholder Fiona { get; private set; } = null!;
    protected Interaction Meeting { get; private set; } = null!;
    protected CampaignUser Hannah { get; private set; } = null!;
    protected CampaignUser Sam { get; private set; } = null!;
    protected CampaignUser Gareth { get; private set; } = null!;
    protected CampaignUser Dora { get; private set; } = null!;

    protected Actor HannahActor => new(Hannah.Id, Hannah.DisplayName, new HashSet<string> { Roles.PublicAffairs }, null);
    protected Actor SamActor => new(Sam.Id, Sam.DisplayName, new HashSet<string> { Roles.Admin }, null);

    protected DateOnly Today => new(2026, 11, 26);

    protected override async Task SetUpAsync()
    {
        Smtp = FakeSmtpServer.Start();
        Settings = new EmailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = Smtp.Port, Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(10) },
            From = "campaign@westbridge.example", AppBaseUrl = BaseUrl + "/",
        };
        Outbox = NewOutbox();
        Interactions = new InteractionService(Database);

        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        Campaign = b.Campaign("registration");
        Fiona = b.Person("Fiona", "MacAulay", StakeholderKind.MP);
        Meeting = b.Interaction(Campaign, new DateTime(2026, 11, 2, 10, 0, 0), Fiona);
        var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        CampaignUser User(string email, string name, string role, bool disabled = false)
        {
            var user = new CampaignUser { UserName = email, Email = email, DisplayName = name, IsDisabled = disabled };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
            return user;
        }
        Hannah = User("hannah.mercer@westbridge.example", "Hannah Mercer", Roles.PublicAffairs);
        Sam = User("sam.okoro@westbridge.example", "Sam Okoro", Roles.Admin);
        Gareth = User("gareth.pryce@rct.example", "Gareth Pryce", Roles.Coalition);
        Dora = User("dora.left@westbridge.example", "Dora Left", Roles.PublicAffairs, disabled: true);
        await b.SaveAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Smtp is not null) await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    protected EmailOutbox NewOutbox() =>
        new(Database, new SmtpMailer(Options.Create(Settings)), Database.Clock, Options.Create(Settings), LoggerFactory.Create(l => l.AddProvider(Logs)).CreateLogger<EmailOutbox>());

    protected DailyDigest NewDigest(string holder = "instance-a") =>
        new(Database, new JobLeases(Database, Database.Clock), Options.Create(Settings), NullLogger<DailyDigest>.Instance) { Holder = holder };

    protected async Task<FollowUp> FollowUpAsync(CampaignUser owner, string title, DateOnly due, FollowUpStatus status = FollowUpStatus.Open)
    {
        await using var db = Database.CreateDbContext();
        var followUp = new FollowUp { Title = title, DueOn = due, OwnerId = owner.Id, StakeholderId = Fiona.Id, InteractionId = Meeting.Id, Status = status };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp;
    }

    protected async Task<List<SentEmail>> OutboxRowsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.SentEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    protected async Task SetAsync(CampaignUser user, Action<CampaignUser> change)
    {
        await using var db = Database.CreateDbContext();
        var row = await db.Users.SingleAsync(u => u.Id == user.Id);
        change(row);
        await db.SaveChangesAsync();
    }
}
