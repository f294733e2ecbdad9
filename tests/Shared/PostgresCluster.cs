using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Newsdesk.Tests.Shared;

/// <summary>
/// A private PostgreSQL cluster for the tests of one process: initdb and pg_ctl on a temporary folder and a free port
/// on 127.0.0.1, started on first use and stopped (its folder removed) when the process exits. Never the system
/// service. Each test takes a database of its own (<see cref="NewDatabase"/>). Run as root (CI containers), the server
/// runs as the postgres user (PostgreSQL refuses root). `.ci/run` installs PostgreSQL with apt when it is missing.
/// </summary>
internal static class PostgresCluster
{
    private static readonly Lazy<Server> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a new, empty database on the cluster.</summary>
    public static string NewDatabase()
    {
        var server = Instance.Value;
        var name = "newsdesk_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE {name}";
            create.ExecuteNonQuery();
        }

        return server.ConnectionString(name);
    }

    private static Server Start()
    {
        var bin = BinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): run tools/install-postgres.sh, as .ci/run does");
        RemoveStopped();
        var folder = Directory.CreateTempSubdirectory("newsdesk-pg-").FullName;
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            Run("chown", null, "-R", runAs, folder);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), runAs, "-D", data, "-A", "trust", "-U", "newsdesk", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start");
        var server = new Server(port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", data, "-m", "immediate", "-w", "stop");
            }
            finally
            {
                TryDelete(folder);
            }
        };
        return server;
    }

    /// <summary>A cluster of its own that a test may stop and start again (PostgreSQL lost mid-run), with one database
    /// "newsdesk"; removed when disposed.</summary>
    public static Isolated StartIsolated()
    {
        var bin = BinDirectory() ?? throw new InvalidOperationException("PostgreSQL is not installed: run tools/install-postgres.sh, as .ci/run does");
        var folder = Directory.CreateTempSubdirectory("newsdesk-pg-").FullName;
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            Run("chown", null, "-R", runAs, folder);
        }

        var cluster = new Isolated(bin, folder, runAs, FreePort());
        Run(Path.Combine(bin, "initdb"), runAs, "-D", cluster.Data, "-A", "trust", "-U", "newsdesk", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        cluster.Start();
        using (var connection = new NpgsqlConnection(new Server(cluster.Port).ConnectionString("postgres")))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE DATABASE newsdesk";
            create.ExecuteNonQuery();
        }

        return cluster;
    }

    /// <summary>See <see cref="StartIsolated"/>.</summary>
    internal sealed class Isolated(string bin, string folder, string? runAs, int port) : IDisposable
    {
        public int Port => port;

        public string Data => Path.Combine(folder, "data");

        public string ConnectionString => new Server(port).ConnectionString("newsdesk");

        public void Start() => Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");

        /// <summary>Stops the server at once, as a crash or a killed host would.</summary>
        public void Stop() => Run(Path.Combine(bin, "pg_ctl"), runAs, "-D", Data, "-m", "immediate", "-w", "stop");

        public void Dispose()
        {
            try
            {
                Stop();
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }

            TryDelete(folder);
        }
    }

    /// <summary>Clusters of earlier test runs that were stopped but whose folder outlived them (a test host killed while
    /// it cleaned up): a folder whose server runs (postmaster.pid) belongs to another test run and is left alone.</summary>
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "newsdesk-pg-*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-1))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next test run to remove.
        }
    }

    private static string? BinDirectory()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(directory, "initdb");
            if (File.Exists(initdb))
            {
                return Path.GetDirectoryName(Path.GetFullPath(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb));
            }
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string? runAs, params string[] arguments)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (runAs is not null)
        {
            foreach (var part in (string[])["-u", runAs, "--", program])
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private sealed record Server(int Port)
    {
        public string ConnectionString(string database) =>
            new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "newsdesk", Database = database, MaxPoolSize = 20 }.ToString();
    }
}
