namespace Campaign.Data;

/// <summary>
/// Where the data lives: an embedded SQLite file (the default: one machine, no set-up) or a PostgreSQL server
/// (a team running several app instances). Chosen by the <c>Database:Provider</c> setting.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
