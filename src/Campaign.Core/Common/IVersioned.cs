namespace Campaign.Common;

/// <summary>
/// An editable record with a concurrency token that EF adds to the UPDATE's WHERE clause. SQLite has no rowversion,
/// so there the context bumps <see cref="Version"/> on every save; on PostgreSQL it is the row's xmin system column,
/// which the server changes on every UPDATE.
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
