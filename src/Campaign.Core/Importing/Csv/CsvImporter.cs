namespace Campaign.Importing.Csv;

/// <summary>
/// The steps every CSV import takes. Checking: load what rows are matched against, then read each row; set aside a
/// row about someone erased, refuse one repeating an earlier row, and match the rest to existing records. Writing:
/// insert the new rows and update the matched ones the person chose to update. An importer supplies only its own
/// parts: how a row reads, its keys, how it matches and how it is written.
/// </summary>
/// <typeparam name="TKey">What makes two rows of the file the same record.</typeparam>
internal abstract class CsvImporter<TRow, TKey>(CsvColumnMap map, IEqualityComparer<TKey>? keyComparer = null) : CsvPlan
    where TRow : CsvRow where TKey : notnull
{
    private readonly Dictionary<TKey, int> _firstRowWith = new(keyComparer);

    protected CsvColumnMap Map => map;

    /// <summary>The rows to write: every good row, new or matching an existing record.</summary>
    protected List<TRow> Rows { get; } = [];

    public override int NewRows => Rows.Count(r => r.ExistingId is null);

    public sealed override async Task PlanAsync(CsvPlanContext context, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(context, cancellationToken)) return;
        var reader = new CsvRowReader(context.Map, context.Problems);
        foreach (var _ in context.Rows(reader, cancellationToken))
        {
            if (Read(reader, context) is not { } row || reader.HasProblems) continue;
            if (IsErased(row))
            {
                ErasedRows.Add(row.Number);
                continue;
            }
            if (Repeats(reader, Keys(row))) continue;
            if (Existing(row) is { } match)
            {
                row.ExistingId = match.Id;
                Matches.Add(new CsvMatch(row.Number, match.MatchedOn, match.Id, match.Existing));
            }
            CheckMatched(reader, row);
            if (reader.HasProblems) continue;
            Rows.Add(row);
        }
        Finish(reader);
    }

    public sealed override async Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken)
    {
        var created = Rows.Where(r => r.ExistingId is null).ToList();
        var updated = Rows.Where(r => r.ExistingId is not null && context.Decide(r.Number) == DuplicateAction.Update).ToList();
        await WriteRowsAsync(context, created, updated, cancellationToken);
        return (created.Count, updated.Count, Rows.Count - created.Count - updated.Count);
    }

    /// <summary>Loads what rows are checked and matched against (before any row is read); false, with a problem, when the file cannot be checked.</summary>
    protected abstract Task<bool> LoadAsync(CsvPlanContext context, CancellationToken cancellationToken);

    /// <summary>The row's record, its problems recorded in the reader; null when it cannot be built.</summary>
    protected abstract TRow? Read(CsvRowReader reader, CsvPlanContext context);

    protected virtual bool IsErased(TRow row) => false;

    /// <summary>The keys by which a later row repeats this one: the key, the column a repeat is reported against, and what is the same.</summary>
    protected abstract IEnumerable<(TKey Key, string Column, string Same)> Keys(TRow row);

    /// <summary>The existing record the row is, what it matched on and how the preview names that record; or null.</summary>
    protected abstract (int Id, string MatchedOn, string Existing)? Existing(TRow row);

    /// <summary>Checks that depend on whether the row matched an existing record.</summary>
    protected virtual void CheckMatched(CsvRowReader reader, TRow row)
    {
    }

    /// <summary>Checks across rows, once every row has been read.</summary>
    protected virtual void Finish(CsvRowReader reader)
    {
    }

    protected abstract Task WriteRowsAsync(CsvWriteContext context, List<TRow> created, List<TRow> updated, CancellationToken cancellationToken);

    /// <summary>Whether the row repeats an earlier one by any of its keys (reported against the first that does); if not, its keys are noted.</summary>
    private bool Repeats(CsvRowReader reader, IEnumerable<(TKey Key, string Column, string Same)> keys)
    {
        var list = keys.ToList();
        foreach (var (key, column, same) in list)
        {
            if (!_firstRowWith.TryGetValue(key, out var first)) continue;
            reader.Problem(column, $"repeats row {first} (same {same})");
            return true;
        }
        foreach (var (key, _, _) in list) _firstRowWith[key] = reader.Row;
        return false;
    }
}
