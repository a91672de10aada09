using Campaign.Stakeholders;

namespace Campaign.Monitoring.Sources;

/// <summary>The parliamentary sources a monitor can watch; stored by name.</summary>
public enum MonitorSource
{
    Hansard,
    WrittenQuestions,
    EarlyDayMotions,
    Bills,
}

/// <summary>
/// One thing a source found for a phrase, in the same shape for every source. <see cref="SourceId"/> is stable within
/// its source (Hansard contribution id, question id, motion id, bill id), so a later run updates rather than repeats it.
/// </summary>
public sealed record SourceHit(
    MonitorSource Source,
    string SourceId,
    int? MemberId,
    string? MemberName,
    House? House,
    string Title,
    string Text,
    DateOnly Date,
    string Url)
{
    /// <summary>The question's UIN or the motion's number.</summary>
    public string? Reference { get; init; }

    /// <summary>A written question's department, answer and answer date, once answered.</summary>
    public string? AnsweringBody { get; init; }
    public string? AnswerText { get; init; }
    public DateOnly? AnsweredOn { get; init; }

    /// <summary>An Early Day Motion's signatures, sponsors included, withdrawn ones marked.</summary>
    public IReadOnlyList<EdmSignature> Signatures { get; init; } = [];

    /// <summary>A bill's stages and the amendments whose text matched.</summary>
    public BillDetail? Bill { get; init; }
}

public sealed record EdmSignature(int MemberId, string Name, DateOnly SignedOn, bool IsSponsor, bool Withdrawn);

public sealed record BillDetail(
    int BillId,
    string ShortTitle,
    string? LongTitle,
    House? CurrentHouse,
    bool IsAct,
    bool IsWithdrawn,
    bool IsDefeated,
    IReadOnlyList<BillStageInfo> Stages,
    IReadOnlyList<BillAmendmentInfo> Amendments);

/// <summary>A stage of a bill (<see cref="BillStageId"/> is the bill's own stage; <see cref="StageId"/> the kind, e.g. second reading).</summary>
public sealed record BillStageInfo(int BillStageId, int StageId, string Description, House? House, int SortOrder, IReadOnlyList<DateOnly> Sittings);

public sealed record BillAmendmentInfo(int AmendmentId, int BillStageId, string? Number, string? Decision, string Summary, IReadOnlyList<AmendmentSponsor> Sponsors);

public sealed record AmendmentSponsor(int MemberId, string Name);

/// <summary>Counts a run's requests and items (from several threads) and reports progress.</summary>
public sealed class SourceTally(IProgress<SourceProgress>? progress = null)
{
    private int _requests, _items;
    private long _bytes;

    public int Requests => _requests;
    public int Items => _items;
    public long BytesRead => Interlocked.Read(ref _bytes);

    public void Requested() => Interlocked.Increment(ref _requests);
    public void Read(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public void Found(int items)
    {
        var total = Interlocked.Add(ref _items, items);
        progress?.Report(new SourceProgress(_requests, total));
    }
}

public sealed record SourceProgress(int Requests, int ItemsFound);

/// <summary>One of Parliament's APIs, searched for a phrase. Four implementations, one per <see cref="MonitorSource"/>.</summary>
public interface IMonitorSource
{
    MonitorSource Source { get; }

    /// <summary>Every item matching <paramref name="phrase"/> dated on or after <paramref name="since"/>, all pages read.</summary>
    /// <exception cref="Importing.Parliament.ParliamentApiException">The API could not be read; the message is one sentence naming the API.</exception>
    Task<IReadOnlyList<SourceHit>> SearchAsync(string phrase, DateOnly since, SourceTally tally, CancellationToken cancellationToken);
}
