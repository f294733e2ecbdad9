using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL one (`newsdesk migrate --to postgres`): every table in one transaction
/// (a stopped copy leaves the target empty, and can simply be run again), with PostgreSQL's binary COPY, then compares
/// each table's row count and a checksum of its content read back from both sides.
/// </summary>
public static class StoreCopier
{
    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>, which must hold no data yet; <paramref name="progress"/>
    /// hears each table's name as its copy begins.</summary>
    public static IReadOnlyList<TableCopy> Copy(NewsStore source, NewsStore target, Action<string>? progress = null)
    {
        if (source.Provider != StoreProvider.Sqlite || target.Provider != StoreProvider.Postgres)
        {
            throw new StoreException("a store is copied from SQLite into PostgreSQL");
        }

        var occupied = StoreTables.All.Select(t => (t.Table, Rows: target.Connection.Scalar<long>($"SELECT COUNT(*) FROM {t.Table}"))).Where(t => t.Rows > 0).ToList();
        if (occupied.Count > 0)
        {
            throw new StoreException($"the PostgreSQL database already holds data ({string.Join(", ", occupied.Select(t => $"{t.Rows} {t.Table}"))}); "
                + "migrate copies into an empty database: create a new one (createdb) and point --connection at it. Nothing was changed");
        }

        var pg = (NpgsqlConnection)target.Connection;
        var columns = StoreTables.All.ToDictionary(t => t.Table, t => Columns(pg, t.Table));
        using (var transaction = pg.BeginTransaction())
        {
            foreach (var (table, _) in StoreTables.All)
            {
                progress?.Invoke(table);
                CopyTable(source.Connection, pg, table, columns[table]);
                if (columns[table].Any(c => c.Name == "id" && c.Identity))
                {
                    // New rows continue after the copied ids.
                    pg.Execute($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)", transaction);
                }
            }

            transaction.Commit();
        }

        return StoreTables.All.Select(t =>
        {
            var names = string.Join(", ", columns[t.Table].Select(c => c.Name));
            var (sourceRows, sourceSum) = Checksum(source.Connection, $"SELECT {names} FROM {t.Table} ORDER BY {t.Key}");
            var (targetRows, targetSum) = Checksum(pg, $"SELECT {names} FROM {t.Table} ORDER BY {t.Key}");
            return new TableCopy(t.Table, sourceRows, targetRows, sourceSum, targetSum);
        }).ToList();
    }

    private static void CopyTable(DbConnection source, NpgsqlConnection target, string table, IReadOnlyList<Column> columns)
    {
        using var read = source.Command($"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table}", null);
        using var reader = read.ExecuteReader();
        using var writer = target.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
        while (reader.Read())
        {
            writer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    writer.WriteNull();
                    continue;
                }

                var value = reader.GetValue(i);
                switch (columns[i].Type)
                {
                    case NpgsqlDbType.Bigint:
                        writer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                        break;
                    case NpgsqlDbType.Integer:
                        writer.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
                        break;
                    case NpgsqlDbType.Double:
                        writer.Write(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                        break;
                    case NpgsqlDbType.Bytea:
                        writer.Write((byte[])value, NpgsqlDbType.Bytea);
                        break;
                    default:
                        writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                        break;
                }
            }
        }

        writer.Complete();
    }

    /// <summary>A table's stored columns in PostgreSQL (generated ones, such as the search vectors, are computed there).</summary>
    private static List<Column> Columns(NpgsqlConnection connection, string table) => connection.Query("""
        SELECT column_name, data_type, is_identity FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = @t AND is_generated = 'NEVER' ORDER BY ordinal_position
        """, r => new Column(r.GetString(0), r.GetString(1) switch
    {
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "double precision" => NpgsqlDbType.Double,
        "bytea" => NpgsqlDbType.Bytea,
        _ => NpgsqlDbType.Text,
    }, r.GetString(2) == "YES"), null, ("@t", table));

    /// <summary>Row count and a SHA-256 over every value of every row in key order, each written the same way whatever engine
    /// read it (numbers invariant, bytes as hex).</summary>
    private static (long Rows, string Sum) Checksum(DbConnection connection, string sql)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var command = connection.Command(sql, null);
        using var reader = command.ExecuteReader();
        long rows = 0;
        var line = new StringBuilder();
        while (reader.Read())
        {
            rows++;
            line.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                line.Append(reader.IsDBNull(i) ? "\u0000" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
                    IConvertible v => v.ToString(CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                }).Append('\u001f');
            }

            hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\u001e').ToString()));
        }

        return (rows, Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant());
    }

    private sealed record Column(string Name, NpgsqlDbType Type, bool Identity);
}

/// <summary>One table of a copy: rows and content checksum on both sides.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}
