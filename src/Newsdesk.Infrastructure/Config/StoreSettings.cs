using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Config;

/// <summary>
/// Where the store lives (Store:Provider, Store:ConnectionString; NEWSDESK_Store__Provider and
/// NEWSDESK_Store__ConnectionString): "sqlite" keeps newsdesk.db in the data directory; "postgres" uses the database the
/// connection string names, which any number of `run` and `serve` processes may share.
/// </summary>
public sealed class StoreSettings
{
    public string Provider { get; set; } = "sqlite";

    /// <summary>Npgsql's form for PostgreSQL ("Host=db;Database=newsdesk;Username=newsdesk;Password=…"); for SQLite, a
    /// file path instead of the data directory's newsdesk.db (optional).</summary>
    public string? ConnectionString { get; set; }

    public StoreProvider Engine => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" or "" => StoreProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
        _ => throw new SettingsException($"setting Store:Provider (NEWSDESK_Store__Provider or newsdesk.json) is \"{Provider}\", which is not sqlite or postgres"),
    };
}
