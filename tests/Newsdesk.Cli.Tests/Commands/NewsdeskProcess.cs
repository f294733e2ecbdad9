using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>The real newsdesk in a child process (so it can be killed), and read-only looks into its store.</summary>
internal static class NewsdeskProcess
{
    public static Process Start(IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info)!;
        // Drain the pipes so a chatty child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static T Query<T>(string dataDir, string sql)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(dataDir, "newsdesk.db")};Pooling=false");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long Count(string dataDir, string table) =>
        File.Exists(Path.Combine(dataDir, "newsdesk.db")) ? Query<long>(dataDir, $"SELECT COUNT(*) FROM {table}") : 0;
}
