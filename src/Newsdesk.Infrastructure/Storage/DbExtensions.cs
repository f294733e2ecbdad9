using System.Data.Common;
using System.Globalization;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Thin helpers over ADO.NET so the repositories read as SQL, not plumbing. Both engines take the same
/// statements with <c>@name</c> parameters (SQLite and Npgsql both read that form).</summary>
internal static class DbExtensions
{
    public static int Execute(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    public static List<T> Query<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
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
    public static List<T> QueryIn<T>(this DbConnection connection, string sql, IEnumerable<string> keys, Func<DbDataReader, T> map, params (string Name, object? Value)[] more)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var parameters = chunk.Select((key, i) => ($"@k{i}", (object?)key)).Concat(more).ToArray();
            rows.AddRange(connection.Query(sql.Replace("{keys}", string.Join(", ", parameters.Take(chunk.Length).Select(p => p.Item1)), StringComparison.Ordinal), map, null, parameters));
        }

        return rows;
    }

    /// <summary>The same over row ids, written into the statement (they are numbers, so nothing to escape).</summary>
    public static List<T> QueryIn<T>(this DbConnection connection, string sql, IEnumerable<long> ids, Func<DbDataReader, T> map) =>
        ids.Distinct().Chunk(500).SelectMany(chunk => connection.Query(sql.Replace("{keys}", string.Join(", ", chunk), StringComparison.Ordinal), map)).ToList();

    public static string? StringOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A whole number whatever width the engine gives it (PostgreSQL counts are 64-bit, SQLite's integers too).</summary>
    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static DateTimeOffset? DateOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string? Iso(this DateTimeOffset? value) => value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string Iso(this DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        return command;
    }

    /// <summary>Adds a parameter and returns it, for a command run many times with new values.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
