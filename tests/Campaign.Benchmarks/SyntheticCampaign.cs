using static Campaign.Benchmarks.PreparedSql;
using System.Globalization;
using Campaign.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Benchmarks;

/// <summary>
/// A deterministic synthetic campaign written straight into a temporary SQLite file with prepared inserts
/// (the app's own write path would spend minutes on audit rows the benchmarks do not read).
/// Base scale: 650 MPs, 800 peers, 3,000 others, 100,000 interactions, 30,000 positions, 20,000 follow-ups; plus, at
/// every scale, one MP with enough contacts, positions and follow-ups for an 8-page pack (SyntheticCampaign.PackSubject.cs).
/// </summary>
public sealed partial class SyntheticCampaign : IAsyncDisposable
{
    /// <summary>The benchmark's user: writes record who made them, and CSV rows name it as staff by its email.</summary>
    public const string UserId = "bench";
    public const string UserEmail = "bench@example.org";

    /// <summary>MPs and peers have Parliament member ids from here (stakeholder n has member id MemberIdBase + n).</summary>
    public const int MemberIdBase = 100_000;

    /// <summary>The tag on the first 100 MPs (fewer below base scale): the list a bulk export is timed on.</summary>
    public const string BulkTag = "bulk-100";

    private static readonly string[] Parties = ["Labour", "Conservative", "Liberal Democrat", "Scottish National Party", "Green Party", "Reform UK", "Plaid Cymru", "Crossbench", "Independent"];
    private static readonly string[] Stances = ["Champion", "Supportive", "Neutral", "Sceptical", "Opposed", "Unknown"];
    private static readonly string[] Kinds = ["Meeting", "Call", "Email", "Letter", "Event", "Roundtable", "ParliamentaryQuestion", "Debate", "BriefingSent", "Other"];
    private static readonly string[] Given = ["Alice", "Ben", "Cara", "Dev", "Eve", "Fatima", "Gareth", "Hannah", "Imran", "Jo", "Kwame", "Lucy", "Mo", "Nia", "Owen", "Priya", "Rhys", "Sana", "Tom", "Yusuf"];
    private static readonly string[] Family = ["Adams", "Baker", "Clarke", "Dhillon", "Evans", "Fox", "Grant", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Roberts", "Singh", "Taylor"];

    public required string Path { get; init; }
    public required IDbContextFactory<CampaignDbContext> Contexts { get; init; }
    public int CampaignId { get; private init; } = 1;
    public int People { get; private set; }
    public int Mps { get; private set; }
    public int Peers { get; private set; }
    public int Organisations { get; private set; }
    public int Interactions { get; private set; }
    public int BulkTagged { get; private set; }
    public DateTime Now { get; } = new(2026, 11, 26, 10, 0, 0);

    /// <param name="cacheFolder">
    /// Keeps the generated data there (and reuses it next time, migrated to the current schema): the 10× campaign takes
    /// minutes to generate, and the data is the same every time.
    /// </param>
    public static async Task<SyntheticCampaign> CreateAsync(double scale, string? cacheFolder = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"campaign-bench-{Guid.NewGuid():N}.db");
        var cached = cacheFolder is null ? null : SyntheticCampaignCache.In(cacheFolder, scale);
        var options = new DbContextOptionsBuilder<CampaignDbContext>();
        CampaignDatabase.Configure(options, DatabaseProvider.Sqlite, $"Data Source={path}");
        // BENCHMARK_SQL=1 prints each command with its time, to find which query a slow benchmark waits on.
        if (Environment.GetEnvironmentVariable("BENCHMARK_SQL") == "1")
            options.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information);
        var factory = new Factory(options.Options);
        var campaign = new SyntheticCampaign { Path = path, Contexts = factory };
        var counts = cached is null ? null : await cached.TryCopyToAsync(path);
        await using (var db = factory.CreateDbContext()) await CampaignDatabase.MigrateAsync(db);
        if (counts is null)
        {
            await campaign.FillAsync(scale);
            if (cached is not null) await cached.SaveAsync(path, campaign.Counts);
        }
        else campaign.Counts = counts;
        await campaign.SnapshotAsync();
        return campaign;
    }

    /// <summary>What the generator made, which the entries size their work by (kept with a cached copy).</summary>
    internal SyntheticCounts Counts
    {
        get => new(People, Mps, Peers, Organisations, Interactions, BulkTagged);
        private set => (People, Mps, Peers, Organisations, Interactions, BulkTagged) =
            (value.People, value.Mps, value.Peers, value.Organisations, value.Interactions, value.BulkTagged);
    }

    private string SnapshotPath => Path + ".snapshot";

    /// <summary>A fresh copy of the data as generated (see <see cref="DatabaseCopy"/>).</summary>
    public DatabaseCopy Copy() => DatabaseCopy.Of(SnapshotPath);

    /// <summary>Keeps the generated data for <see cref="Copy"/>, before any benchmark writes to the database.</summary>
    private Task SnapshotAsync() => BackUpAsync(Path, SnapshotPath);

    /// <summary>A consistent copy of a live database as one file (no WAL beside it), by SQLite's online backup.</summary>
    internal static async Task BackUpAsync(string sourcePath, string targetPath)
    {
        await using (var source = new SqliteConnection($"Data Source={sourcePath}"))
        await using (var target = new SqliteConnection($"Data Source={targetPath};Pooling=False"))
        {
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
            // The copy's writes may sit in its WAL file: fold them into the one file Copy reads.
            await using var checkpoint = target.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        DeleteDatabaseFiles(targetPath, keepMain: true);
    }

    private async Task FillAsync(double scale)
    {
        int Scaled(int n) => Math.Max(1, (int)(n * scale));
        var random = new Random(20261126);
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        // Timestamps in the app's own encoding (DateTimeOffset as binary), or reading them back fails.
        var stamp = (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;

        Exec(connection, transaction, "INSERT INTO Campaigns (Id, Name, Goal, Keywords, Version, CreatedAt, UpdatedAt) VALUES (1, 'Synthetic campaign', 'Benchmark data', '[]', 1, 0, 0)");
        Exec(connection, transaction, "INSERT INTO Asks (Id, CampaignId, Code, Title, Description, SortOrder) VALUES (1, 1, 'registration', 'Statutory registration', '', 0), (2, 1, 'pgd', 'Patient Group Directions', '', 1)");
        // The benchmark's user (writes record who made them) and the sample campaign's default position statement.
        Exec(connection, transaction, "INSERT INTO AspNetUsers (Id, DisplayName, IsDisabled, UserName, Email, NormalizedEmail, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, MustChangePassword) " +
            $"VALUES ('{UserId}', 'Benchmark', 0, 'bench', '{UserEmail}', '{UserEmail.ToUpperInvariant()}', 1, 0, 0, 0, 0, 0)");
        using (var statement = Prepare(connection, transaction,
            "INSERT INTO PositionStatementTemplates (CampaignId, Audience, VersionNumber, Title, Markdown, CreatedAt) VALUES (1, 'Default', 1, 'Default', $markdown, 0)", "$markdown"))
        {
            Run(statement, File.ReadAllText(SampleStatement()));
        }

        var organisations = Organisations = Scaled(200);
        using (var insert = Prepare(connection, transaction, "INSERT INTO Organisations (Name, ShortName, Kind, Version, CreatedAt, UpdatedAt) VALUES ($name, $short, $kind, 1, $t, $t)", "$name", "$short", "$kind", "$t"))
        {
            for (var i = 1; i <= organisations; i++)
                Run(insert, $"Organisation {i:D4}", $"ORG{i}", i <= 9 ? "CoalitionPartner" : "NhsBody", stamp);
        }

        var mps = Mps = Scaled(650);
        var peers = Peers = Scaled(800);
        var others = Scaled(3000);
        People = mps + peers + others;
        using (var insert = Prepare(connection, transaction,
            "INSERT INTO Stakeholders (Kind, GivenName, FamilyName, DisplayName, Party, Constituency, House, ParliamentMemberId, Status, OrganisationId, Email, Priority, Influence, Interest, LawfulBasis, Version, CreatedAt, UpdatedAt, Peerage, MembershipStartDate, ThumbnailUrl) " +
            "VALUES ($kind, $given, $family, $display, $party, $seat, $house, $member, $status, $org, $email, $priority, $influence, $interest, 'LegitimateInterests', 1, $t, $t, $peerage, $since, $photo)",
            "$kind", "$given", "$family", "$display", "$party", "$seat", "$house", "$member", "$status", "$org", "$email", "$priority", "$influence", "$interest", "$t", "$peerage", "$since", "$photo"))
        {
            for (var i = 1; i <= People; i++)
            {
                var kind = i <= mps ? "MP" : i <= mps + peers ? "Peer" : (i % 3) switch { 0 => "CivilServant", 1 => "HealthProfessional", _ => "Other" };
                var given = Given[random.Next(Given.Length)];
                var family = Family[random.Next(Family.Length)] + (i % 97).ToString(CultureInfo.InvariantCulture);
                Run(insert, kind, given, family, $"{given} {family}",
                    kind is "MP" or "Peer" ? Parties[random.Next(Parties.Length)] : null,
                    kind == "MP" ? $"Constituency {i:D4}" : null,
                    kind == "MP" ? "Commons" : kind == "Peer" ? "Lords" : null,
                    kind is "MP" or "Peer" ? MemberIdBase + i : null,
                    random.Next(20) == 0 ? "Former" : "Current",
                    kind is "MP" or "Peer" ? null : random.Next(1, organisations + 1),
                    $"person{i}@example.org", "ABC"[random.Next(3)].ToString(), random.Next(1, 6), random.Next(1, 6), stamp,
                    // What a Members API import would have filled in (no draws from the random sequence, so the rest is unchanged).
                    kind == "Peer" ? "Life peer" : null,
                    kind switch { "MP" => "2024-07-04", "Peer" => new DateOnly(2000, 1, 1).AddDays(3 * (i % 3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _ => null },
                    kind is "MP" or "Peer" ? $"https://members-api.parliament.uk/api/Members/{MemberIdBase + i}/Thumbnail" : null);
            }
        }

        Interactions = Scaled(100_000);
        using (var interaction = Prepare(connection, transaction,
            "INSERT INTO Interactions (Id, CampaignId, Kind, OccurredAt, Title, Location, Summary, IsConfidential, Version, CreatedAt, UpdatedAt) VALUES ($id, 1, $kind, $at, $title, $location, $summary, $secret, 1, $t, $t)",
            "$id", "$kind", "$at", "$title", "$location", "$summary", "$secret", "$t"))
        using (var attendee = Prepare(connection, transaction, "INSERT OR IGNORE INTO InteractionAttendees (InteractionId, StakeholderId) VALUES ($i, $s)", "$i", "$s"))
        using (var partner = Prepare(connection, transaction, "INSERT OR IGNORE INTO InteractionPartners (InteractionId, OrganisationId) VALUES ($i, $o)", "$i", "$o"))
        {
            for (var i = 1; i <= Interactions; i++)
            {
                var at = Now.AddMinutes(-random.Next(0, 5 * 365 * 24 * 60));
                Run(interaction, i, Kinds[random.Next(Kinds.Length)], at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    $"Contact {i}", "Portcullis House", "Discussed registration of clinical technologists.", random.Next(7) == 0 ? 1 : 0, stamp);
                var attendees = random.Next(1, 4);
                for (var a = 0; a < attendees; a++) Run(attendee, i, random.Next(1, People + 1));
                if (random.Next(3) == 0) Run(partner, i, random.Next(1, Math.Min(9, organisations) + 1));
            }
        }

        using (var position = Prepare(connection, transaction,
            "INSERT INTO StatedPositions (StakeholderId, AskId, Stance, StatedOn, EvidenceKind, InteractionId, Confidence, RecordedAt) VALUES ($s, $a, $stance, $on, 'Meeting', $i, 'Likely', $t)",
            "$s", "$a", "$stance", "$on", "$i", "$t"))
        {
            for (var p = 0; p < Scaled(30_000); p++)
                Run(position, random.Next(1, People + 1), random.Next(1, 3), Stances[random.Next(Stances.Length)],
                    DateOnly.FromDateTime(Now.AddDays(-random.Next(0, 5 * 365))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), random.Next(1, Interactions + 1), stamp);
        }

        using (var followUp = Prepare(connection, transaction,
            "INSERT INTO FollowUps (Title, DueOn, StakeholderId, InteractionId, Status, Version, CreatedAt, UpdatedAt) VALUES ($title, $due, $s, $i, $status, 1, $t, $t)",
            "$title", "$due", "$s", "$i", "$status", "$t"))
        {
            for (var f = 0; f < Scaled(20_000); f++)
                Run(followUp, $"Follow-up {f}", DateOnly.FromDateTime(Now.AddDays(random.Next(-400, 60))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    random.Next(1, People + 1), random.Next(1, Interactions + 1), random.Next(3) == 0 ? "Open" : "Done", stamp);
        }
        AddPackSubject(connection, transaction, stamp);
        BulkTagged = Math.Min(100, mps);
        Exec(connection, transaction, $"INSERT INTO Tags (Id, Name) VALUES (1, '{BulkTag}')");
        Exec(connection, transaction, $"INSERT INTO StakeholderTags (StakeholdersId, TagsId) SELECT Id, 1 FROM Stakeholders WHERE Kind = 'MP' ORDER BY Id LIMIT {BulkTagged}");
        await transaction.CommitAsync();
        Exec(connection, null, "ANALYZE");
    }

    /// <summary>samples/ipem/statements/Default.md, found by walking up from the harness.</summary>
    private static string SampleStatement()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "samples", "ipem", "statements", "Default.md");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("samples/ipem/statements/Default.md not found above " + AppContext.BaseDirectory);
    }

    private static void Exec(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        // BENCHMARK_KEEP=1 leaves the database behind for EXPLAIN QUERY PLAN in the sqlite3 shell.
        if (Environment.GetEnvironmentVariable("BENCHMARK_KEEP") == "1")
        {
            Console.WriteLine($"Kept {Path}");
            DeleteDatabaseFiles(SnapshotPath);
            return ValueTask.CompletedTask;
        }
        DeleteDatabaseFiles(Path);
        DeleteDatabaseFiles(SnapshotPath);
        return ValueTask.CompletedTask;
    }

    public static void DeleteDatabaseFiles(string path, bool keepMain = false)
    {
        foreach (var suffix in keepMain ? new[] { "-wal", "-shm" } : ["", "-wal", "-shm"])
        {
            try { File.Delete(path + suffix); } catch (IOException) { /* temp file */ }
        }
    }

    private sealed class Factory(DbContextOptions<CampaignDbContext> options) : IDbContextFactory<CampaignDbContext>
    {
        public CampaignDbContext CreateDbContext() => new(options);
    }
}
