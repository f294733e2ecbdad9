using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// What a SQLite file must pass before a command writes to it: it is a database, SQLite's quick check finds it sound,
/// and it is a Newsdesk store or empty. Each failure is one line that says nothing was written and how to recover;
/// the checks themselves write nothing (they run before the journal mode is set, which is stored in the file).
/// </summary>
internal static class SqliteChecks
{
    /// <summary>Up to this size the whole file is checked (about 0.1 s per 28 MB, the size of 4,000 articles); a larger
    /// store has its small state tables checked (subscriptions, the page queue, stories, threads, the build journal), and
    /// damage elsewhere is reported in one line when a run reaches it (<see cref="StoreFaults"/>).</summary>
    private const long WholeCheckBytes = 128L * 1024 * 1024;

    private static readonly string[] StateTables = ["schema_migrations", "sources", "pending_items", "stories", "threads", "build_journal"];

    public static void BeforeWriting(DbConnection connection, string path)
    {
        string verdict;
        List<string> tables;
        try
        {
            tables = connection.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0));
            var whole = !File.Exists(path) || new FileInfo(path).Length <= WholeCheckBytes;
            verdict = whole
                ? connection.Scalar<string>("PRAGMA quick_check(1)") ?? ""
                : StateTables.Where(tables.Contains).Select(t => connection.Scalar<string>($"PRAGMA quick_check({t})") ?? "").FirstOrDefault(v => v != "ok") ?? "ok";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            throw Damaged(path, ex.Message);
        }

        if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
        {
            throw Damaged(path, verdict.ReplaceLineEndings(" "));
        }

        if (tables.Count > 0 && !tables.Contains("schema_migrations", StringComparer.Ordinal))
        {
            throw new StoreException($"{path} is not a Newsdesk store (it holds other tables, such as {string.Join(", ", tables.Take(3))}); nothing was written. "
                + "Give Newsdesk its own data directory (--data-dir) or file (Store:ConnectionString)");
        }
    }

    /// <summary>The one line for a damaged or foreign file.</summary>
    public static StoreException Damaged(string path, string detail) =>
        new($"the store {path} is damaged or not a SQLite database (SQLite: {detail.TrimEnd('.')}); nothing was written. "
            + $"Recover it from a backup copy of the file, or salvage what SQLite can read with: sqlite3 {path} .recover | sqlite3 recovered.db");
}
