using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Which engine and where: a SQLite file path, or a PostgreSQL connection string.</summary>
public sealed record StoreLocation(StoreProvider Provider, string Target)
{
    public static StoreLocation Sqlite(string path) => new(StoreProvider.Sqlite, path);

    public static StoreLocation Postgres(string connectionString) => new(StoreProvider.Postgres, connectionString);

    /// <summary>The store the settings name (the data directory's newsdesk.db unless Store:Provider says otherwise).</summary>
    public static StoreLocation Of(NewsdeskSettings settings) => settings.Store.Engine switch
    {
        StoreProvider.Postgres => Postgres(string.IsNullOrWhiteSpace(settings.Store.ConnectionString)
            ? throw new SettingsException("Store:Provider is postgres but Store:ConnectionString (NEWSDESK_Store__ConnectionString) is empty: set it to \"Host=…;Database=…;Username=…\"")
            : settings.Store.ConnectionString),
        _ => Sqlite(string.IsNullOrWhiteSpace(settings.Store.ConnectionString) ? settings.DatabasePath : SqliteFile(settings.Store.ConnectionString, settings.DataDir)),
    };

    /// <summary>The file a SQLite Store:ConnectionString names: a path, or a connection string's Data Source; a relative
    /// one is in the data directory (never wherever the command happened to be started).</summary>
    private static string SqliteFile(string value, string dataDir)
    {
        var file = value.Contains('=', StringComparison.Ordinal) ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(value).DataSource : value;
        return Path.IsPathRooted(file) ? file : Path.Combine(dataDir, file);
    }

    /// <summary>For messages: the file, or the database and host without the password.</summary>
    public string Describe()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            return Target;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Target);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
