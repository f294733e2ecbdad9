using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Applies the migrations the database has not seen yet, each in its own transaction, and records them.</summary>
internal static class MigrationRunner
{
    public static IReadOnlyList<int> Apply(DbConnection connection, SqlDialect dialect)
    {
        // Workers started together take turns: the first applies what is missing, the others then find nothing to do.
        using var turn = dialect.MigrationLock(connection);
        // A database that holds other tables and no migration record is someone else's: refused before anything is written.
        var tables = connection.Query(dialect.TableNames, r => r.GetString(0));
        if (tables.Count > 0 && !tables.Contains("schema_migrations", StringComparer.OrdinalIgnoreCase))
        {
            throw new StoreException($"this database is not a Newsdesk store (it holds other tables, such as {string.Join(", ", tables.Order(StringComparer.Ordinal).Take(3))}); "
                + "nothing was written. Point Store:ConnectionString at an empty database or a Newsdesk one");
        }

        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query("SELECT version FROM schema_migrations", r => r.Int(0)).ToHashSet();
        var newlyApplied = new List<int>();
        foreach (var (version, name, sql) in dialect.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", transaction,
                ("@v", version), ("@n", name), ("@t", DateTimeOffset.UtcNow.ToString("O")));
            transaction.Commit();
            newlyApplied.Add(version);
        }

        return newlyApplied;
    }
}
