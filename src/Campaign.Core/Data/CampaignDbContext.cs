using Campaign.Auditing;
using Campaign.Briefings;
using Campaign.Campaigns;
using Campaign.Dashboard;
using Campaign.Engagements;
using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Organisations;
using Campaign.Positions;
using Campaign.Privacy;
using Campaign.Scheduling;
using Campaign.Stakeholders;
using Campaign.Templates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Campaign.Data;

/// <summary>
/// The app's model on SQLite, and the base of <see cref="Postgres.PostgresCampaignDbContext"/>. Services always see
/// this type (through <c>IDbContextFactory&lt;CampaignDbContext&gt;</c>); the factory picks the class for the provider.
/// </summary>
public class CampaignDbContext(DbContextOptions<CampaignDbContext> options, TimeProvider? clock = null)
    : IdentityDbContext<CampaignUser>(options), IDataProtectionKeyContext
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Who the audit trail names for this context's writes; null writes are the system's own.</summary>
    public Actor? Actor { get; set; }

    public DbSet<LobbyCampaign> Campaigns => Set<LobbyCampaign>();
    public DbSet<Ask> Asks => Set<Ask>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<CoalitionPartner> CoalitionPartners => Set<CoalitionPartner>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionAttendee> InteractionAttendees => Set<InteractionAttendee>();
    public DbSet<InteractionStaff> InteractionStaff => Set<InteractionStaff>();
    public DbSet<InteractionPartner> InteractionPartners => Set<InteractionPartner>();
    public DbSet<InteractionAsk> InteractionAsks => Set<InteractionAsk>();
    public DbSet<StatedPosition> StatedPositions => Set<StatedPosition>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<PositionStatementTemplate> PositionStatementTemplates => Set<PositionStatementTemplate>();
    public DbSet<BriefingPack> BriefingPacks => Set<BriefingPack>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<InteractionMonthCount> InteractionMonthCounts => Set<InteractionMonthCount>();
    public DbSet<PartnerMonthCount> PartnerMonthCounts => Set<PartnerMonthCount>();
    public DbSet<StanceTally> StanceTallies => Set<StanceTally>();
    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();
    public DbSet<PersonChange> PersonChanges => Set<PersonChange>();
    public DbSet<MemberEvent> MemberEvents => Set<MemberEvent>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Monitoring.ParliamentMonitor> ParliamentMonitors => Set<Monitoring.ParliamentMonitor>();
    public DbSet<Monitoring.MonitorItem> MonitorItems => Set<Monitoring.MonitorItem>();
    public DbSet<Monitoring.TrackedBill> TrackedBills => Set<Monitoring.TrackedBill>();
    public DbSet<Monitoring.BillStage> BillStages => Set<Monitoring.BillStage>();
    public DbSet<Monitoring.BillAmendment> BillAmendments => Set<Monitoring.BillAmendment>();
    public DbSet<Mail.SentEmail> SentEmails => Set<Mail.SentEmail>();
    public DbSet<Calendar.CalendarFeedToken> CalendarFeedTokens => Set<Calendar.CalendarFeedToken>();
    public DbSet<Library.LibraryDocument> LibraryDocuments => Set<Library.LibraryDocument>();
    public DbSet<Library.LibraryDocumentVersion> LibraryDocumentVersions => Set<Library.LibraryDocumentVersion>();
    public DbSet<Library.LibraryFile> LibraryFiles => Set<Library.LibraryFile>();
    public DbSet<Letters.MailMerge> MailMerges => Set<Letters.MailMerge>();
    public DbSet<Letters.MailMergeLetter> MailMergeLetters => Set<Letters.MailMergeLetter>();

    /// <summary>The Data Protection key ring, shared by every app instance on this database (sign-in cookies, antiforgery).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// True where the database changes <see cref="IVersioned.Version"/> itself on every UPDATE (PostgreSQL's xmin);
    /// false on SQLite, which has no row version, so the context and bulk writers count versions themselves.
    /// </summary>
    internal virtual bool DatabaseGeneratesVersions => false;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CampaignDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text: readable in the database and safe when members are reordered.
        StoreAsString<StakeholderKind>(configurationBuilder);
        StoreAsString<House>(configurationBuilder);
        StoreAsString<MembershipStatus>(configurationBuilder);
        StoreAsString<PriorityTier>(configurationBuilder);
        StoreAsString<LawfulBasis>(configurationBuilder);
        StoreAsString<OrganisationKind>(configurationBuilder);
        StoreAsString<RelationshipType>(configurationBuilder);
        StoreAsString<InteractionKind>(configurationBuilder);
        StoreAsString<FollowUpStatus>(configurationBuilder);
        StoreAsString<Stance>(configurationBuilder);
        StoreAsString<EvidenceKind>(configurationBuilder);
        StoreAsString<Confidence>(configurationBuilder);
        StoreAsString<MilestoneStatus>(configurationBuilder);
        StoreAsString<CoalitionRole>(configurationBuilder);
        StoreAsString<Audience>(configurationBuilder);
        StoreAsString<AuditAction>(configurationBuilder);
        StoreAsString<Confidentiality.Clearance>(configurationBuilder);
        StoreAsString<MemberEventKind>(configurationBuilder);
        StoreAsString<ImportKind>(configurationBuilder);
        StoreAsString<SuppressionKind>(configurationBuilder);
        StoreAsString<Monitoring.Sources.MonitorSource>(configurationBuilder);
        StoreAsString<Monitoring.TriageStatus>(configurationBuilder);
        StoreAsString<Mail.EmailKind>(configurationBuilder);
        StoreAsString<Mail.EmailStatus>(configurationBuilder);
        StoreAsString<Library.LibraryDocumentKind>(configurationBuilder);
        StoreAsString<Library.LibraryVisibility>(configurationBuilder);
        StoreAsString<TemplateKind>(configurationBuilder);

        configurationBuilder.Conventions.Add(_ => new CampaignConventions());

        // SQLite cannot compare or order DateTimeOffset stored as text; binary keeps it sortable.
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    private static void StoreAsString<TEnum>(ModelConfigurationBuilder builder) where TEnum : struct, Enum =>
        builder.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(40);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and their audit entries atomically: the audit rows need the keys the first save
    /// generates, so both saves share one transaction (the caller's, if there is one).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        var pending = AuditCollector.Capture(ChangeTracker);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = _clock.GetUtcNow();
            AuditEntries.AddRange(pending.Select(p => AuditCollector.ToEntry(p, Actor, now)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private void StampChanges()
    {
        if (DatabaseGeneratesVersions) ForceVersionedUpdates();
        var now = _clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity is ITimestamped added)
                {
                    if (added.CreatedAt == default) added.CreatedAt = now;
                    added.UpdatedAt = now;
                }
                if (entry.Entity is IVersioned v && v.Version == 0 && !DatabaseGeneratesVersions) v.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Entity is ITimestamped modified) modified.UpdatedAt = now;
                // The original value stays in the WHERE clause; the new one is what the next editor must hold.
                if (entry.Entity is IVersioned versioned && !DatabaseGeneratesVersions)
                    versioned.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }
        }
    }

    /// <summary>
    /// An edit of linked rows only marks just the version modified (<see cref="ConcurrencyExtensions.ExpectVersion"/>), which
    /// EF would skip on xmin: rewriting one ordinary column makes the UPDATE, with its xmin check, happen.
    /// </summary>
    private void ForceVersionedUpdates()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
        {
            if (entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version))) continue;
            var column = entry.Entity is ITimestamped ? entry.Property(nameof(ITimestamped.UpdatedAt))
                : entry.Properties.First(p => !p.Metadata.IsPrimaryKey() && p.Metadata.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never);
            column.IsModified = true;
        }
    }
}
