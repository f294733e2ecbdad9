using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>SQLite: FTS5 for search, one writer per file (the file lock), WAL so readers never wait.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    internal override StoreProvider Provider => StoreProvider.Sqlite;

    internal override IReadOnlyList<(int Version, string Name, string Sql)> Migrations => SqliteMigrations.All;

    internal override string IndexedBy(string index) => $" INDEXED BY {index}";

    internal override string TagList(string briefId) => $"(SELECT group_concat(tag, char(31)) FROM brief_tags t WHERE t.brief_id = {briefId})";

    internal override string OrderedJoin => "CROSS JOIN";

    internal override string SkipLocked => "";

    /// <summary>
    /// The best by BM25 among the newest <paramref name="window"/> matches: ranking every match of a common word in a large
    /// store costs tens of milliseconds, readers want recent stories first anyway, and the bound lets FTS5 seek by row id
    /// (rows are stored oldest first).
    /// </summary>
    internal override string BriefSearch(string cardColumns, int window) => $"""
        SELECT {cardColumns}, snippet(briefs_fts, 1, char({(int)SearchHit.MarkStart}), char({(int)SearchHit.MarkEnd}), '…', 16)
        FROM briefs_fts f JOIN briefs b ON b.id = f.rowid
        WHERE briefs_fts MATCH @q
          AND f.rowid >= (SELECT COALESCE(MIN(rowid), 0) FROM (SELECT rowid FROM briefs_fts WHERE briefs_fts MATCH @q ORDER BY rowid DESC LIMIT {window}))
        ORDER BY bm25(briefs_fts, 4.0, 1.0) LIMIT @n
        """;

    internal override string ArticleSearch(string columns) =>
        $"SELECT {columns} FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH @q ORDER BY rank LIMIT @n";

    /// <summary>Each word quoted (no FTS5 operators), all words required.</summary>
    internal override string SearchQuery(string query) =>
        string.Join(' ', query.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    internal override void Configure(DbConnection connection) =>
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");

    internal override IDisposable MigrationLock(DbConnection connection) => NoLock.Instance;

    internal override IDisposable BuildLock(DbConnection connection, Action<string>? waiting) => NoLock.Instance;

    internal override string TableNames => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    internal override string IntegrityCheck(DbConnection connection) => connection.Scalar<string>("PRAGMA integrity_check") ?? "";

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
