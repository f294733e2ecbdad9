using System.CommandLine;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// `newsdesk migrate --to postgres --connection …`: copies the data directory's SQLite store into an empty PostgreSQL
/// database, compares every table's rows and content, and says what to set next. The SQLite file is only read.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The engine to move the store to (postgres).", Required = true };
        var connection = new Option<string>("--connection") { Description = "Npgsql connection string of an empty PostgreSQL database (\"Host=…;Database=…;Username=…;Password=…\").", Required = true };
        var command = new Command("migrate", "Copy the SQLite store into an empty PostgreSQL database, checking every table, and say what to set next.") { to, connection };
        command.SetAction((parse, ct) => CommandRunner.Guard(() =>
        {
            if (!string.Equals(parse.GetValue(to), "postgres", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--to {parse.GetValue(to)}: the store can be moved to postgres only");
            }

            var settings = CommonOptions.Settings(parse);
            var sqlite = StoreLocation.Of(settings);
            if (sqlite.Provider != StoreProvider.Sqlite || !File.Exists(sqlite.Target))
            {
                throw new UsageException(sqlite.Provider != StoreProvider.Sqlite
                    ? "Store:Provider already says postgres: migrate copies the data directory's SQLite store (unset NEWSDESK_Store__Provider to run it)"
                    : $"no SQLite store at {sqlite.Target}: nothing to copy (pass --data-dir <folder> of the store to move)");
            }

            var target = StoreLocation.Postgres(parse.GetValue(connection)!);
            using var source = NewsStore.Open(sqlite);
            using var destination = NewsStore.Open(target);
            Console.WriteLine($"Copying {sqlite.Describe()} into {target.Describe()} …");
            // The table being copied, on one line rewritten in place (not in a log, where it would be sixteen lines run together).
            var copies = StoreCopier.Copy(source, destination, Console.IsOutputRedirected ? null : table => Console.Write($"\r  copying {table,-24}"));
            if (!Console.IsOutputRedirected)
            {
                Console.Write("\r" + new string(' ', 40) + "\r");
            }

            Console.WriteLine($"{"table",-24} {"sqlite rows",12} {"postgres rows",14}  checksum");
            foreach (var copy in copies)
            {
                Console.WriteLine($"{copy.Table,-24} {copy.SourceRows,12} {copy.TargetRows,14}  {(copy.Matches ? $"{copy.TargetChecksum} ✓" : $"{copy.SourceChecksum} ≠ {copy.TargetChecksum}")}");
            }

            if (copies.Any(c => !c.Matches))
            {
                Console.Error.WriteLine($"newsdesk: the copy differs from the SQLite store in {string.Join(", ", copies.Where(c => !c.Matches).Select(c => c.Table))}; keep using SQLite (it was not changed)");
                return Task.FromResult(1);
            }

            Console.WriteLine($"All {copies.Count} tables match ({copies.Sum(c => c.TargetRows):N0} rows). The SQLite file was not changed.");
            Console.WriteLine("Next: point Newsdesk at PostgreSQL, in newsdesk.json (\"Store\": { \"Provider\": \"postgres\", \"ConnectionString\": \"…\" }) or the environment:");
            Console.WriteLine("  NEWSDESK_Store__Provider=postgres");
            Console.WriteLine($"  NEWSDESK_Store__ConnectionString=\"{Masked(target.Target)}\"");
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>The connection string as given, its password replaced: the output may end up in a log.</summary>
    private static string Masked(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            builder.Password = "********";
        }

        return builder.ToString();
    }
}
