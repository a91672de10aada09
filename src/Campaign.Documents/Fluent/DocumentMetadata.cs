namespace Campaign.Documents;

/// <summary>The PDF's document information. CreationDate defaults to the time of rendering.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Creator { get; init; } = "Campaign";

    public DateTimeOffset? CreationDate { get; init; }
}

public sealed record DocumentSettings
{
    /// <summary>Layout stops with a <see cref="DocumentLayoutException"/> beyond this many pages: a guard against runaway layouts.</summary>
    public int MaxPages { get; init; } = 5000;
}
