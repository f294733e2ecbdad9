namespace Newsdesk.Infrastructure.Storage;

/// <summary>The database engine behind a store: one SQLite file (the default), or a PostgreSQL database many processes share.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
