namespace Campaign.Importing.Parliament;

/// <summary>Progress of a sync's fetching: pages fetched of pages expected, and members read.</summary>
public sealed record MembersSyncProgress(int PagesFetched, int PagesExpected, int MembersRead);

/// <summary>Counts one fetch's requests, bytes and pages (from several threads) and reports progress as pages arrive.</summary>
public sealed class MembersFetchTally(int firstPages, IProgress<MembersSyncProgress>? progress)
{
    private int _requests, _notModified, _pagesFetched, _pagesExpected = firstPages, _members;
    private long _bytes;

    public int Requests => _requests;

    /// <summary>Pages the API said were unchanged (304), reused from the last answer.</summary>
    public int NotModified => _notModified;

    public long BytesRead => Interlocked.Read(ref _bytes);

    public int PagesFetched => _pagesFetched;

    public int MembersRead => _members;

    internal void Requested() => Interlocked.Increment(ref _requests);

    internal void Reused() => Interlocked.Increment(ref _notModified);

    internal void Read(int bytes) => Interlocked.Add(ref _bytes, bytes);

    internal void Expect(int morePages)
    {
        Interlocked.Add(ref _pagesExpected, morePages);
        Report();
    }

    internal void PageRead(int members)
    {
        Interlocked.Add(ref _members, members);
        Interlocked.Increment(ref _pagesFetched);
        Report();
    }

    private void Report() => progress?.Report(new MembersSyncProgress(_pagesFetched, Math.Max(_pagesExpected, _pagesFetched), _members));
}
