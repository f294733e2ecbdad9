using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The store: one SQLite file (WAL journal, so readers never block the writer; foreign keys on) or a PostgreSQL
/// database that many workers share. Migrations are applied on open. Each repository method that writes runs in one
/// transaction, so a killed process leaves the last complete step.
/// </summary>
public sealed class NewsStore : IDisposable
{
    // One pool per PostgreSQL database for the life of the process (a data source is what Npgsql pools connections by).
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new(StringComparer.Ordinal);

    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    private NewsStore(DbConnection connection, SqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
        Articles = new ArticleRepository(connection, dialect);
        Journal = new BuildJournal(connection);
        Stories = new StoryRepository(connection, Journal);
        Briefs = new BriefRepository(connection, dialect, Journal);
        TermFrequencies = new TermFrequencyRepository(connection);
        LlmCalls = new LlmCallRepository(connection);
        LlmCache = new LlmCacheRepository(connection);
        Pending = new PendingItemRepository(connection, dialect);
        FeedEntries = new FeedEntryRepository(connection);
        Sources = new SourceRepository(connection, dialect, Pending);
        Claims = new ClaimRepository(connection);
    }

    public SourceRepository Sources { get; }
    public ArticleRepository Articles { get; }
    public StoryRepository Stories { get; }

    /// <summary>Work a run still owes: briefs to consider, pages to publish, a full build to finish.</summary>
    public BuildJournal Journal { get; }
    public BriefRepository Briefs { get; }
    public TermFrequencyRepository TermFrequencies { get; }
    public LlmCallRepository LlmCalls { get; }
    public LlmCacheRepository LlmCache { get; }
    public PendingItemRepository Pending { get; }
    public FeedEntryRepository FeedEntries { get; }
    public ClaimRepository Claims { get; }

    public StoreProvider Provider => _dialect.Provider;

    /// <summary>True when the store was opened read-only (its folder or file cannot be written by this user).</summary>
    public bool ReadOnly { get; private init; }

    /// <summary>Migrations applied when this store was opened (empty when the schema was current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private init; } = [];

    public int SchemaVersion => _connection.Scalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");

    /// <summary>The connection, for tools that copy or check a whole store (migrate).</summary>
    internal DbConnection Connection => _connection;

    /// <summary>The SQLite file at <paramref name="path"/>, created when missing.</summary>
    public static NewsStore Open(string path) => Open(StoreLocation.Sqlite(path));

    public static NewsStore Open(StoreLocation location)
    {
        var (connection, dialect) = Connect(location, pooled: location.Provider == StoreProvider.Postgres, check: true);
        try
        {
            if (connection is SqliteConnection { ConnectionString: var cs } && new SqliteConnectionStringBuilder(cs).Mode == SqliteOpenMode.ReadOnly)
            {
                // A store in a folder this user cannot write: opened read-only, so reading commands work and a write
                // fails in one line (StoreFaults). Its schema must be current: an upgrade writes.
                var current = connection.Scalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
                return current >= dialect.Migrations.Max(m => m.Version)
                    ? new NewsStore(connection, dialect) { ReadOnly = true }
                    : throw new StoreException($"the store {location.Target} is read-only and from an older version of Newsdesk (schema {current}); open it once where it can be written to upgrade it");
            }

            var applied = MigrationRunner.Apply(connection, dialect);
            var store = new NewsStore(connection, dialect) { AppliedMigrations = applied };
            store.Briefs.FillSearchText();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A connection for serving pages: pooled and without the migration check, which the reader does once at start.
    /// Opening a fresh, unpooled connection and checking migrations costs about half a millisecond per request.
    /// </summary>
    public static NewsStore OpenForReading(string path) => OpenForReading(StoreLocation.Sqlite(path));

    /// <param name="location">The store.</param>
    /// <param name="readOnly">Open it read-only (what <see cref="Open(StoreLocation)"/> found at start, <see cref="ReadOnly"/>).</param>
    public static NewsStore OpenForReading(StoreLocation location, bool readOnly = false)
    {
        var (connection, dialect) = Connect(location, pooled: true, readOnly: readOnly);
        return new NewsStore(connection, dialect) { ReadOnly = readOnly };
    }

    private static (DbConnection, SqlDialect) Connect(StoreLocation location, bool pooled, bool check = false, bool readOnly = false)
    {
        if (location.Provider == StoreProvider.Postgres)
        {
            var source = DataSources.GetOrAdd(location.Target, DataSource);
            try
            {
                var open = source.OpenConnection();
                if (check && !Answers(open))
                {
                    // A pooled connection to a server that restarted since: the pool's other connections are dead too.
                    open.Dispose();
                    source.Clear();
                    open = source.OpenConnection();
                }

                return (open, PostgresDialect.Instance);
            }
            catch (NpgsqlException ex)
            {
                throw new StoreException($"cannot reach the PostgreSQL server ({location.Describe()}): {ex.Message.TrimEnd('.')}; nothing was written");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(location.Target))!);
        readOnly |= check && File.Exists(location.Target) && !Writable(location.Target);
        // Read-only, the file is opened as immutable: a WAL store cannot be read otherwise where its shared-memory file
        // cannot be made (so a writer of another user must not run on it meanwhile).
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = readOnly ? "file:" + Path.GetFullPath(location.Target) + "?immutable=1" : location.Target,
            Pooling = pooled,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        try
        {
            connection.Open();
            if (!pooled)
            {
                if (check)
                {
                    SqliteChecks.BeforeWriting(connection, location.Target);
                }

                if (!readOnly)
                {
                    SqliteDialect.Instance.Configure(connection);
                }
            }
        }
        catch (Exception ex)
        {
            connection.Dispose();
            throw ex is SqliteException { SqliteErrorCode: 8 or 14 } ? ReadOnlyFault(location.Target, ex) : ex;
        }

        return (connection, SqliteDialect.Instance);
    }

    /// <summary>Whether a pooled PostgreSQL connection still reaches its server (one round trip, once per command).</summary>
    private static bool Answers(DbConnection connection)
    {
        try
        {
            connection.Execute("SELECT 1");
            return true;
        }
        catch (NpgsqlException ex) when (ex.InnerException is IOException or System.Net.Sockets.SocketException || ex is PostgresException { SqlState: "57P01" })
        {
            return false;
        }
    }

    /// <summary>Empties the connection pools after the server went away, so the next use connects afresh (the reader
    /// keeps running across a PostgreSQL restart).</summary>
    public static void ForgetConnections()
    {
        foreach (var source in DataSources.Values)
        {
            source.Clear();
        }
    }

    /// <summary>Whether this user can write the store file and its folder (SQLite writes its journal beside the file):
    /// tried, not read from the permission bits, which say nothing of root, ACLs or read-only mounts.</summary>
    private static bool Writable(string path)
    {
        try
        {
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            {
            }

            var probe = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".newsdesk-write-{Environment.ProcessId}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A store that cannot be written where it is (read-only folder or file, or a folder that cannot be made).</summary>
    private static StoreException ReadOnlyFault(string path, Exception ex) =>
        new($"the store {path} cannot be opened for writing ({ex.Message.TrimEnd('.')}): is the data directory read-only? Nothing was written");

    /// <summary>
    /// Empties a PostgreSQL store for a fresh demo (a SQLite demo deletes its file instead). Refuses a database that follows
    /// anything but the demo's own outlets on this machine: the demo must never wipe a newsroom's store it was pointed at.
    /// </summary>
    public void EmptyForDemo()
    {
        var foreign = _connection.Query("SELECT url FROM sources", r => r.GetString(0))
            .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.IsLoopback || uri.IsFile)).ToList();
        if (foreign.Count > 0)
        {
            throw new StoreException($"the demo starts from an empty store, but this database follows {foreign.Count} other source(s) (such as {foreign[0]}): "
                + "point NEWSDESK_Store__ConnectionString at a database for the demo. Nothing was changed");
        }

        _connection.Execute($"TRUNCATE {string.Join(", ", StoreTables.All.Select(t => t.Table))} RESTART IDENTITY CASCADE");
    }

    /// <summary>
    /// Npgsql's pool for a connection string, with two defaults for a reader that runs the same few statements on every
    /// request (each kept unless the connection string sets it): statements prepared once they repeat (planning a list
    /// query cost up to a millisecond each time), and no session reset when a connection goes back to the pool (a
    /// round trip per request; Newsdesk keeps no session state across uses — its advisory locks are released explicitly).
    /// </summary>
    private static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Sets(connectionString, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>True when the connection string names the setting (with or without its spaces).</summary>
    private static bool Sets(string connectionString, string key) =>
        connectionString.Contains(key, StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains(key.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>Held while a build places articles and writes briefs: on PostgreSQL, one worker builds at a time (the
    /// others wait, then build what is left); on SQLite, the one process that writes the file.</summary>
    public IDisposable BuildLock(Action<string>? waiting = null) => _dialect.BuildLock(_connection, waiting);

    /// <summary>The engine's consistency check: "ok" when the store is sound.</summary>
    public string IntegrityCheck() => _dialect.IntegrityCheck(_connection);

    public string JournalMode => Provider == StoreProvider.Sqlite ? _connection.Scalar<string>("PRAGMA journal_mode") ?? "" : "";

    public void Dispose() => _connection.Dispose();
}
