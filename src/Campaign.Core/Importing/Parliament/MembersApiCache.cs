using System.Collections.Concurrent;

namespace Campaign.Importing.Parliament;

/// <summary>
/// The last answer to each Members API address with its validators, so the next sync asks "changed since?" and a
/// 304 reuses the page. In memory only: after a restart the first sync fetches everything again.
/// </summary>
public sealed class MembersApiCache
{
    // ~100 addresses a sync; the ended-since address changes daily, so the cache is emptied now and then.
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new();

    public CachedPage? Get(string url) => _pages.GetValueOrDefault(url);

    public void Put(string url, CachedPage page)
    {
        if (_pages.Count >= MaxEntries) _pages.Clear();
        _pages[url] = page;
    }

    public int Count => _pages.Count;
}

public sealed record CachedPage(string? ETag, DateTimeOffset? LastModified, byte[] Body);
