using Microsoft.Data.Sqlite;
using Npgsql;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// A fault of the store in one line an operator can act on: a damaged SQLite file, one that cannot be written, a
/// PostgreSQL server that went away mid-run. Each says that what was done is kept and the next run resumes. Null for
/// anything else.
/// </summary>
public static class StoreFaults
{
    public static string? Describe(Exception exception)
    {
        var ex = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return ex switch
        {
            SqliteException { SqliteErrorCode: 11 or 26 } sqlite => $"the store is damaged (SQLite: {sqlite.Message.TrimEnd('.')}); the run stopped. "
                + "Recover it from a backup copy of newsdesk.db, or salvage what SQLite can read with: sqlite3 newsdesk.db .recover | sqlite3 recovered.db",
            SqliteException { SqliteErrorCode: 8 or 14 } sqlite => $"the store cannot be written (SQLite: {sqlite.Message.TrimEnd('.')}): is the data directory read-only?",
            SqliteException { SqliteErrorCode: 13 } => "the disk is full: the store could not grow; what was done before is kept, and the next run resumes",
            NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or TimeoutException } or PostgresException { SqlState: "57P01" or "57P02" or "57P03" }
                => $"the PostgreSQL server went away ({ex.Message.TrimEnd('.')}); the run stopped, what it finished is kept, and the next run resumes",
            NpgsqlException npgsql => $"PostgreSQL: {npgsql.Message.TrimEnd('.')}",
            InvalidOperationException or ObjectDisposedException when ex.Source is "Npgsql"
                => $"the PostgreSQL connection broke ({ex.Message.TrimEnd('.')}); the run stopped, what it finished is kept, and the next run resumes",
            _ => null,
        };
    }
}
