namespace Campaign.Common;

/// <summary>
/// An editable record with an app-managed concurrency token. SQLite has no rowversion, so the
/// context bumps <see cref="Version"/> on every save and EF adds it to the UPDATE's WHERE clause.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>Records that carry created/updated times stamped by the context.</summary>
public interface ITimestamped
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}
