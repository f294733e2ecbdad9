using Microsoft.Data.Sqlite;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The SQLite store: one file, WAL journal (readers never block the writer), foreign keys on, migrations applied on open.
/// Each repository method that writes runs in one transaction, so a killed process leaves the last complete step.
/// </summary>
public sealed class NewsStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private NewsStore(SqliteConnection connection)
    {
        _connection = connection;
        Articles = new ArticleRepository(connection);
        Stories = new StoryRepository(connection);
        Briefs = new BriefRepository(connection);
        TermFrequencies = new TermFrequencyRepository(connection);
        LlmCalls = new LlmCallRepository(connection);
        LlmCache = new LlmCacheRepository(connection);
        Pending = new PendingItemRepository(connection);
        FeedEntries = new FeedEntryRepository(connection);
        Sources = new SourceRepository(connection, Pending);
    }

    public SourceRepository Sources { get; }
    public ArticleRepository Articles { get; }
    public StoryRepository Stories { get; }
    public BriefRepository Briefs { get; }
    public TermFrequencyRepository TermFrequencies { get; }
    public LlmCallRepository LlmCalls { get; }
    public LlmCacheRepository LlmCache { get; }
    public PendingItemRepository Pending { get; }
    public FeedEntryRepository FeedEntries { get; }

    /// <summary>Migrations applied when this store was opened (empty when the schema was current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private init; } = [];

    public int SchemaVersion => _connection.Scalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");

    public static NewsStore Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
        var applied = MigrationRunner.Apply(connection);
        var store = new NewsStore(connection) { AppliedMigrations = applied };
        store.Briefs.FillSearchText();
        return store;
    }

    /// <summary>
    /// A connection for serving pages: pooled and without the migration check, which the reader does once at start.
    /// Opening a fresh, unpooled connection and checking migrations costs about half a millisecond per request.
    /// </summary>
    public static NewsStore OpenForReading(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());
        connection.Open();
        return new NewsStore(connection);
    }

    /// <summary>SQLite's own consistency check: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => _connection.Scalar<string>("PRAGMA integrity_check") ?? "";

    public string JournalMode => _connection.Scalar<string>("PRAGMA journal_mode") ?? "";

    public void Dispose() => _connection.Dispose();
}
