using Campaign.Stakeholders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Campaign.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL, with its own migrations (Data/PostgresMigrations). Only what the server does for us
/// differs: the row version is <c>xmin</c>, which every UPDATE moves, and tags compare through an ICU collation.
/// </summary>
public sealed class PostgresCampaignDbContext(DbContextOptions<CampaignDbContext> options, TimeProvider? clock = null)
    : CampaignDbContext(options, clock)
{
    /// <summary>A case-insensitive, accent-sensitive ICU collation (equality ignores case, as NOCASE does).</summary>
    public const string CaseInsensitiveCollation = "campaign_nocase";

    internal override bool DatabaseGeneratesVersions => true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // DateTime values here are wall-clock times as entered (a meeting at 10:00), never instants: keep them as such,
        // whatever Kind the caller's value has (Npgsql refuses a Kind=Utc DateTime for this type; SQLite takes any).
        configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<WallClockConverter>();
        // timestamptz takes only UTC offsets; store the instant whatever offset a caller used.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasCollation(CaseInsensitiveCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        builder.Entity<Tag>().Property(t => t.Name).UseCollation(CaseInsensitiveCollation);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList())
        {
            builder.Entity(entity.ClrType).Property<long>(nameof(IVersioned.Version))
                .HasColumnName("xmin").HasColumnType("xid")
                .HasConversion(XminConverter)
                .ValueGeneratedOnAddOrUpdate()
                .IsConcurrencyToken();
        }
    }

    // xid is a 32-bit unsigned counter; the app and its edit forms carry versions as long.
    private static readonly ValueConverter<long, uint> XminConverter = new(v => (uint)v, v => v);

    private sealed class WallClockConverter() : ValueConverter<DateTime, DateTime>(v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => v);

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
