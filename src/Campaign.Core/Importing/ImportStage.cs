using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaign.Importing;

/// <summary>
/// An import's writes, staged before it takes the write lock and then applied in one short transaction, all or nothing.
/// <para>
/// Staging: <see cref="BulkWriter"/> rows go into temporary tables on the import's own connection (one per insert, update
/// or delete, in order), which nobody else sees and which take no lock on the database. New rows get provisional keys:
/// on SQLite negative numbers (mapped to real ids when applied), on PostgreSQL ids reserved from the table's sequence.
/// </para>
/// <para>
/// <see cref="CommitAsync{T}"/>: in one transaction, each staged table is copied into its real table with one set-based
/// statement, in the order staged. Inserts run with the insert triggers deferred (<see cref="DerivedDataSql.Defer"/>)
/// and bring the derived data (tallies, latest contacts, monthly counts, the search index) up to date once per table
/// (<see cref="DerivedDataSql.ForBulkInsert"/>); updates and deletes run their triggers as any write does. On SQLite the
/// commit is written with synchronous=FULL, so an import that said "imported" survives a power cut, and with a larger page
/// cache, so the transaction's pages are not spilled to the log before it commits. 100,000 contacts held the write lock
/// for 13–25 s when each row was written (and its triggers run) inside the transaction; now about 3 s (README, Performance).
/// </para>
/// </summary>
internal sealed class ImportStage : IAsyncDisposable
{
    /// <summary>The page cache while an import commits (KiB, as PRAGMA cache_size takes it): its changed pages stay in memory until the commit.</summary>
    private const int CommitCacheKibibytes = 131_072;

    private readonly CampaignDbContext _db;
    private readonly DbConnection _connection;
    private readonly DatabaseProvider _provider;
    private readonly List<Staged> _staged = [];
    private readonly Dictionary<string, TableKeys> _keys = [];
    private DbTransaction? _staging;

    private ImportStage(CampaignDbContext db)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    }

    private bool Postgres => _provider == DatabaseProvider.Postgres;

    /// <summary>Opens the context's connection (temporary tables live on it) and a staging transaction that takes no write lock.</summary>
    public static async Task<ImportStage> OpenAsync(CampaignDbContext db, CancellationToken cancellationToken)
    {
        var stage = new ImportStage(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // SQLite: a deferred transaction writing only temporary tables never locks the database. Staged rows are written in
        // a transaction because one commit per row would be slow; reads in between (e.g. existing tags) see one snapshot.
        stage._staging = stage._connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await stage._connection.BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(stage._staging, cancellationToken);
        return stage;
    }

    private DbTransaction Staging => _staging ?? throw new InvalidOperationException("The stage has been committed.");

    /// <summary>Rows of <typeparamref name="T"/> to add; a generated key is given a provisional value on each entity, its real one once committed.</summary>
    public Task<BulkWriter> InsertAsync<T>(CancellationToken cancellationToken) where T : class => InsertAsync(EntityType(typeof(T)), cancellationToken);

    public async Task<BulkWriter> InsertAsync(IEntityType entityType, CancellationToken cancellationToken)
    {
        var key = BulkWriter.GeneratedKey(entityType);
        var columns = BulkWriter.InsertColumns(entityType);
        var staged = new StagedInsert(await CreateTableAsync(entityType, columns, cancellationToken), entityType, columns, key);
        _staged.Add(staged);
        Func<object, CancellationToken, ValueTask>? assignKey = null;
        if (key is not null)
        {
            var keys = KeysOf(entityType);
            assignKey = async (entity, token) =>
            {
                var id = await keys.NextAsync(token);
                key.PropertyInfo!.SetValue(entity, id);
                if (!Postgres) staged.Provisional.Add((entity, id));
            };
        }
        return await PrepareAsync(staged, assignKey, cancellationToken);
    }

    /// <summary>
    /// Updates of the named properties by the single-column key. Only those columns are written, so fields the import does
    /// not own keep whatever someone else saved meanwhile; a versioned row's version still goes up, so an editor who loaded
    /// it before the import is told to reload.
    /// </summary>
    public async Task<BulkWriter> UpdateAsync<T>(IEnumerable<string> properties, CancellationToken cancellationToken) where T : class
    {
        var entityType = EntityType(typeof(T));
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var set = properties.Distinct().Select(name => entityType.FindProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no property {name}."))
            .Where(p => p != key && p.Name != nameof(IVersioned.Version)).ToArray();
        var columns = set.Append(key).ToArray();
        var staged = new StagedUpdate(await CreateTableAsync(entityType, columns, cancellationToken), entityType, columns, key,
            BumpVersion: typeof(IVersioned).IsAssignableFrom(typeof(T)) && !_db.DatabaseGeneratesVersions);
        _staged.Add(staged);
        return await PrepareAsync(staged, null, cancellationToken);
    }

    /// <summary>Deletes the rows of a link table that belong to the given owners (e.g. an updated interaction's attendees).</summary>
    public async Task DeleteByAsync(IEntityType entityType, string foreignKeyProperty, IEnumerable<int> ownerIds, CancellationToken cancellationToken)
    {
        var column = entityType.FindProperty(foreignKeyProperty)!;
        var ids = ownerIds.ToList();
        if (ids.Count == 0) return;
        var staged = new StagedDelete(await CreateTableAsync(entityType, [column], cancellationToken), entityType, [column]);
        _staged.Add(staged);
        await using var writer = await PrepareAsync(staged, null, cancellationToken);
        foreach (var id in ids) await writer.WriteValuesAsync(_ => id, cancellationToken);
    }

    /// <summary>
    /// Ends staging and writes everything staged in one transaction, with <paramref name="inTransaction"/> (the import's
    /// batch and audit entry) in the same transaction; commits, or rolls back on any failure.
    /// </summary>
    public async Task<T> CommitAsync<T>(Func<CancellationToken, Task<T>> inTransaction, CancellationToken cancellationToken)
    {
        await Staging.CommitAsync(cancellationToken);
        await _db.Database.UseTransactionAsync(null, cancellationToken);
        await Staging.DisposeAsync();
        _staging = null;

        // The commit is synced (FULL); the log is not checkpointed by the commit itself (SQLite would do it in the COMMIT
        // call, once the lock is released, copying the import's tens of MB into the database) but straight after it, so the
        // next person's save does not pay for it either.
        if (!Postgres)
            await ExecuteAsync(null, $"PRAGMA synchronous = FULL; PRAGMA cache_size = -{CommitCacheKibibytes}; PRAGMA wal_autocheckpoint = 0;", cancellationToken);
        try
        {
            // SQLite: BEGIN IMMEDIATE, waiting (up to the busy timeout) for whoever is writing now.
            T result;
            await using (var transaction = await _db.Database.BeginTransactionAsync(cancellationToken))
            {
                var dbTransaction = transaction.GetDbTransaction();
                var lazily = ReindexesPeople;
                if (lazily) await ExecuteAllAsync(dbTransaction, DerivedDataSql.IndexPeopleLazily(true), cancellationToken);
                foreach (var staged in _staged) await ApplyAsync(dbTransaction, staged, cancellationToken);
                result = await inTransaction(cancellationToken);
                if (lazily) await ExecuteAllAsync(dbTransaction, DerivedDataSql.IndexPeopleLazily(false), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            // PASSIVE: copies what it can without waiting for anyone; readers still in the log are left for a later checkpoint.
            if (!Postgres)
            {
                await MergeSearchIndexesAsync();
                await ExecuteAsync(null, "PRAGMA wal_checkpoint(PASSIVE);", CancellationToken.None);
            }
            return result;
        }
        finally
        {
            if (!Postgres) await ExecuteAsync(null, SqlitePragmaInterceptor.ConnectionDefaults, CancellationToken.None);
        }
    }

    /// <summary>
    /// The full-text segments the commit left unmerged, merged in steps of a few milliseconds each, so other writers go
    /// in between. The import is committed: a failure here only leaves the merging to later writes.
    /// </summary>
    private async Task MergeSearchIndexesAsync()
    {
        foreach (var table in _staged.OfType<StagedInsert>().Select(s => s.EntityType.GetTableName()!).Distinct())
        foreach (var merge in DerivedDataSql.SearchMerges(table))
        {
            // FTS5 says a step did no work when the connection's total changes grew by less than two.
            for (var step = 0; step < MaxMergeSteps; step++)
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = "SELECT total_changes();";
                var before = Convert.ToInt64(await command.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture);
                command.CommandText = merge + " SELECT total_changes();";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture) - before < 2) break;
            }
        }
    }

    private const int MaxMergeSteps = 500;

    private async Task ApplyAsync(DbTransaction transaction, Staged staged, CancellationToken cancellationToken)
    {
        var table = BulkWriter.Table(staged.EntityType);
        if (staged is StagedInsert insert && insert.Key is not null && !Postgres)
            await KeysOf(staged.EntityType).BaseAsync(this, transaction, cancellationToken);
        await MapProvisionalKeysAsync(transaction, staged, cancellationToken);
        var columns = BulkWriter.ColumnList(staged.Columns);
        switch (staged)
        {
            case StagedInsert:
                var derived = DerivedDataSql.ForBulkInsert(_provider, staged.EntityType.GetTableName()!, staged.Table);
                foreach (var sql in derived.Before) await ExecuteAsync(transaction, sql, cancellationToken);
                await ExecuteAsync(transaction, DerivedDataSql.Defer(_provider), cancellationToken);
                await ExecuteAsync(transaction, $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {staged.Table}", cancellationToken);
                await ExecuteAsync(transaction, DerivedDataSql.Resume(_provider), cancellationToken);
                foreach (var sql in derived.After) await ExecuteAsync(transaction, sql, cancellationToken);
                break;
            case StagedUpdate update:
                var key = BulkWriter.Quote(update.Key.GetColumnName());
                var assignments = update.Columns.Where(c => c != update.Key).Select(c => $"{BulkWriter.Quote(c.GetColumnName())} = s.{BulkWriter.Quote(c.GetColumnName())}").ToList();
                // SQLite's version is counted by the app; PostgreSQL's (xmin) moves with the UPDATE itself.
                if (update.BumpVersion) assignments.Add($"\"{nameof(IVersioned.Version)}\" = \"{nameof(IVersioned.Version)}\" + 1");
                await ExecuteAsync(transaction, $"UPDATE {table} AS t SET {string.Join(", ", assignments)} FROM {staged.Table} AS s WHERE t.{key} = s.{key}", cancellationToken);
                break;
            case StagedDelete:
                await ExecuteAsync(transaction, $"DELETE FROM {table} WHERE {columns} IN (SELECT {columns} FROM {staged.Table})", cancellationToken);
                break;
        }
    }

    /// <summary>
    /// SQLite: provisional (negative) keys become real ids: the table's rows follow the highest id it ever had (the sqlite_sequence
    /// of an AUTOINCREMENT table), in the order they were staged; references to them in other staged rows follow.
    /// </summary>
    private async Task MapProvisionalKeysAsync(DbTransaction transaction, Staged staged, CancellationToken cancellationToken)
    {
        if (Postgres) return;
        var mapped = new List<string>();
        foreach (var column in staged.Columns)
        {
            var principal = staged is StagedInsert { Key: { } key } && column == key ? staged.EntityType
                : column.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType).FirstOrDefault(p => _keys.ContainsKey(p.GetTableName()!));
            if (principal is null || !_keys.TryGetValue(principal.GetTableName()!, out var keys)) continue;
            var name = BulkWriter.Quote(column.GetColumnName());
            mapped.Add($"{name} = CASE WHEN {name} < 0 THEN {keys.Base.ToString(CultureInfo.InvariantCulture)} - {name} ELSE {name} END");
        }
        if (mapped.Count > 0) await ExecuteAsync(transaction, $"UPDATE {staged.Table} SET {string.Join(", ", mapped)}", cancellationToken);
        if (staged is StagedInsert insert)
        {
            var keys = insert.Key is null ? null : _keys[staged.EntityType.GetTableName()!];
            foreach (var (entity, provisional) in insert.Provisional)
                insert.Key!.PropertyInfo!.SetValue(entity, (int)(keys!.Base - provisional));
        }
    }

    private async Task<string> CreateTableAsync(IEntityType entityType, IProperty[] columns, CancellationToken cancellationToken)
    {
        var name = $"campaign_stage_{_staged.Count + 1}";
        var qualified = Postgres ? $"pg_temp.\"{name}\"" : $"temp.\"{name}\"";
        await ExecuteAsync(Staging, $"DROP TABLE IF EXISTS {qualified}", cancellationToken);
        // SQLite: untyped columns keep each value exactly as bound, and the real table's affinity applies when it is copied
        // there, as if it had been written directly. PostgreSQL: the real table's column types.
        await ExecuteAsync(Staging, Postgres
            ? $"CREATE TEMP TABLE \"{name}\" AS SELECT {BulkWriter.ColumnList(columns)} FROM {BulkWriter.Table(entityType)} WITH NO DATA"
            : $"CREATE TEMP TABLE \"{name}\" ({BulkWriter.ColumnList(columns)})", cancellationToken);
        return qualified;
    }

    private async Task<BulkWriter> PrepareAsync(Staged staged, Func<object, CancellationToken, ValueTask>? beforeWrite, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {staged.Table} ({BulkWriter.ColumnList(staged.Columns)}) VALUES ({string.Join(", ", staged.Columns.Select((_, i) => BulkWriter.Parameter(i)))})";
        return await BulkWriter.PrepareAsync(_connection, Staging, sql, staged.Columns, null, beforeWrite, cancellationToken);
    }

    /// <summary>SQLite: the import updates or deletes people, so it re-indexes them without deleting in place (see <see cref="DerivedDataSql.PeopleIndexes"/>).</summary>
    private bool ReindexesPeople =>
        !Postgres && _staged.Any(s => s is StagedUpdate or StagedDelete && s.EntityType.ClrType == typeof(Stakeholders.Stakeholder));

    private async Task ExecuteAllAsync(DbTransaction transaction, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        foreach (var sql in statements) await ExecuteAsync(transaction, sql, cancellationToken);
    }

    private async Task ExecuteAsync(DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private IEntityType EntityType(Type type) => _db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");

    private TableKeys KeysOf(IEntityType entityType)
    {
        var table = entityType.GetTableName()!;
        if (!_keys.TryGetValue(table, out var keys)) _keys[table] = keys = new TableKeys(this, entityType);
        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        if (_staging is not null)
        {
            await _db.Database.UseTransactionAsync(null);
            await _staging.DisposeAsync(); // rolls back
        }
        try
        {
            foreach (var staged in _staged) await ExecuteAsync(null, $"DROP TABLE IF EXISTS {staged.Table}", CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private abstract record Staged(string Table, IEntityType EntityType, IProperty[] Columns);

    private sealed record StagedInsert(string Table, IEntityType EntityType, IProperty[] Columns, IProperty? Key) : Staged(Table, EntityType, Columns)
    {
        /// <summary>SQLite: the entities given provisional keys, to be given their real ones.</summary>
        public List<(object Entity, int Key)> Provisional { get; } = [];
    }

    private sealed record StagedUpdate(string Table, IEntityType EntityType, IProperty[] Columns, IProperty Key, bool BumpVersion) : Staged(Table, EntityType, Columns);

    private sealed record StagedDelete(string Table, IEntityType EntityType, IProperty[] Columns) : Staged(Table, EntityType, Columns);

    /// <summary>
    /// Keys for one table's new rows. SQLite: -1, -2, … while staging (real ids are not known until the write lock is held);
    /// the base they count from is read in the commit's transaction. PostgreSQL: real ids from the identity's sequence,
    /// reserved a thousand at a time (a sequence hands out each value once, whatever transaction asks).
    /// </summary>
    private sealed class TableKeys(ImportStage stage, IEntityType entityType)
    {
        private const int Block = 1000;
        private readonly Queue<int> _reserved = new();
        private int _provisional;
        private long? _base;

        /// <summary>SQLite: the id the first new row follows (set in the commit's transaction).</summary>
        public long Base => _base ?? throw new InvalidOperationException("Keys are mapped after the base is read.");

        public async ValueTask<int> NextAsync(CancellationToken cancellationToken)
        {
            if (!stage.Postgres) return -++_provisional;
            if (_reserved.Count == 0)
            {
                var key = BulkWriter.GeneratedKey(entityType)!.GetColumnName();
                await using var command = stage._connection.CreateCommand();
                command.Transaction = stage.Staging;
                command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{BulkWriter.Table(entityType)}', '{key}')) FROM generate_series(1, {Block})";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) _reserved.Enqueue(checked((int)reader.GetInt64(0)));
            }
            return _reserved.Dequeue();
        }

        public async Task BaseAsync(ImportStage owner, DbTransaction transaction, CancellationToken cancellationToken)
        {
            if (_base is not null) return;
            var table = entityType.GetTableName()!;
            var key = BulkWriter.Quote(BulkWriter.GeneratedKey(entityType)!.GetColumnName());
            _base = await owner.ScalarAsync(transaction, $"""
                SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), coalesce((SELECT max({key}) FROM "{table}"), 0))
                """, cancellationToken);
        }
    }
}
