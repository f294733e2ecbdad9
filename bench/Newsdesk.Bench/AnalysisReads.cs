using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Bench;

/// <summary>
/// How fast kept analyses read back, in the encoding a store holds (JSON from stores before binary analyses) and
/// after writing them again in the current one. Works on a copy of the store.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- analysis-reads DATA/newsdesk.db [--count 10000]
/// </summary>
internal static class AnalysisReads
{
    public static int Run(string[] args)
    {
        var count = args.Length > 2 && args[1] == "--count" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var copy = Path.Combine(Directory.CreateTempSubdirectory("newsdesk-reads-").FullName, "newsdesk.db");
        File.Copy(args[0], copy);
        using var store = NewsStore.Open(copy);
        List<long> ids;
        using (var connection = new SqliteConnection($"Data Source={copy};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT article_id FROM article_analyses ORDER BY article_id LIMIT {count}";
            using var reader = command.ExecuteReader();
            ids = [];
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var (before, analyses) = Time(store, ids);
        var clock = Stopwatch.StartNew();
        store.Articles.SaveAnalyses(analyses);
        var writing = clock.Elapsed.TotalMilliseconds / analyses.Count;
        var (after, _) = Time(store, ids);
        Console.WriteLine($"{analyses.Count:N0} analyses: read as stored {before:F3} ms each; written again {writing:F3} ms each; read in the current encoding {after:F3} ms each");
        File.Delete(copy);
        return 0;
    }

    private static (double MsEach, List<Core.Text.ArticleAnalysis> Analyses) Time(NewsStore store, List<long> ids)
    {
        store.Articles.AnalysesOf(ids.Take(200)); // warm-up
        var clock = Stopwatch.StartNew();
        var analyses = store.Articles.AnalysesOf(ids);
        return (clock.Elapsed.TotalMilliseconds / analyses.Count, analyses);
    }
}
