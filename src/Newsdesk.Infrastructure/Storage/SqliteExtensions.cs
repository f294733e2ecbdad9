using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Thin helpers over ADO.NET so the repositories read as SQL, not plumbing.</summary>
internal static class SqliteExtensions
{
    public static int Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    public static List<T> Query<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>A query over a set of keys, run 500 keys at a time (SQLite caps the parameters of one statement);
    /// <paramref name="sql"/> says where the key list goes with <c>{keys}</c>.</summary>
    public static List<T> QueryIn<T>(this SqliteConnection connection, string sql, IEnumerable<string> keys, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] more)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var parameters = chunk.Select((key, i) => ($"$k{i}", (object?)key)).Concat(more).ToArray();
            rows.AddRange(connection.Query(sql.Replace("{keys}", string.Join(", ", parameters.Select(p => p.Item1)), StringComparison.Ordinal), map, null, parameters));
        }

        return rows;
    }

    /// <summary>The same over row ids, written into the statement (they are numbers, so nothing to escape).</summary>
    public static List<T> QueryIn<T>(this SqliteConnection connection, string sql, IEnumerable<long> ids, Func<SqliteDataReader, T> map) =>
        ids.Distinct().Chunk(500).SelectMany(chunk => connection.Query(sql.Replace("{keys}", string.Join(", ", chunk), StringComparison.Ordinal), map)).ToList();

    public static string? StringOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? DateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string? Iso(this DateTimeOffset? value) => value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string Iso(this DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
