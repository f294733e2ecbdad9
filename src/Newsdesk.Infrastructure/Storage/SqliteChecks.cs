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
    public static void BeforeWriting(DbConnection connection, string path)
    {
        string verdict;
        List<string> tables;
        try
        {
            verdict = connection.Scalar<string>("PRAGMA quick_check(1)") ?? "";
            tables = connection.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0));
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
