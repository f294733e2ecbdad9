using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Extract;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Scores Newsdesk's extractor on an extraction set and, in the same run, every peer output in peers/.
/// Pages are read and decoded before the clock starts, and the scored pass also warms the code up; docs/s is the best
/// of three timed passes: extraction alone, on one thread.
/// </summary>
internal static class ExtractionEval
{
    private const int TimedRounds = 3;

    public static int Run(string path, bool json)
    {
        var dataset = ExtractionDataset.Load(path);
        var ids = dataset.Truth.Keys.Order(StringComparer.Ordinal).ToList();
        var pages = ids.Select(id => (Id: id, Html: HtmlDecoder.Decode(dataset.Html(id), null), Url: new Uri(dataset.Truth[id].Url))).ToList();

        var predicted = pages.ToDictionary(p => p.Id, p => ArticleExtractor.TextOrEmpty(p.Html, p.Url));
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < TimedRounds; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (_, html, url) in pages)
            {
                ArticleExtractor.TextOrEmpty(html, url);
            }

            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        var ours = ExtractionScorer.Score(ids.Select(id => ((string?)predicted[id], (string?)dataset.Truth[id].Body)));
        var peers = dataset.Peers().ToDictionary(
            p => p.Key,
            p => ExtractionScorer.Score(ids.Select(id => ((string?)p.Value.GetValueOrDefault(id), (string?)dataset.Truth[id].Body))));
        var docsPerSecond = pages.Count / best.TotalSeconds;

        Console.WriteLine($"{"extractor",-16} {"precision",9} {"recall",9} {"f1",9}");
        Console.WriteLine($"{"newsdesk",-16} {ours.Precision,9:F4} {ours.Recall,9:F4} {ours.F1,9:F4}   ({docsPerSecond:F1} docs/s)");
        foreach (var (name, score) in peers.OrderByDescending(p => p.Value.F1))
        {
            Console.WriteLine($"{name,-16} {score.Precision,9:F4} {score.Recall,9:F4} {score.F1,9:F4}");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "extraction",
                docs = ours.Docs,
                precision = Math.Round(ours.Precision, 4),
                recall = Math.Round(ours.Recall, 4),
                f1 = Math.Round(ours.F1, 4),
                docs_per_s = Math.Round(docsPerSecond, 1),
                peers = peers.ToDictionary(p => p.Key, p => Math.Round(p.Value.F1, 4)),
            }));
        }

        return 0;
    }
}
