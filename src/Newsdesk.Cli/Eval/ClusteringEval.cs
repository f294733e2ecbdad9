using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Clusters a set's documents fed in a shuffled order (fixed seed) with Newsdesk's clusterer and, in the same run,
/// with the TF-IDF single-pass baseline at its best threshold on this set (so the baseline is tuned, ours is not).
/// </summary>
internal static class ClusteringEval
{
    public static int Run(string path, bool json, int seed = 42)
    {
        var dataset = ClusteringDataset.Load(path);
        var random = new Random(seed);
        var shuffled = dataset.Documents.OrderBy(_ => random.Next()).ToList();
        var gold = shuffled.ToDictionary(d => d.Article.Url, d => d.Story);

        var clock = Stopwatch.StartNew();
        var analyses = shuffled.Select(d => TextAnalyzer.Analyze(d.Article)).ToList();
        var stories = new StoryClusterer(new ClusterOptions()).Cluster(analyses);
        clock.Stop();
        var byId = analyses.ToDictionary(a => a.Article.Id, a => a.Article.Url);
        var ours = ClusteringScorer.Score(gold, stories.SelectMany(s => s.ArticleIds.Select(id => (Url: byId[id], s.Id))).ToDictionary(x => x.Url, x => x.Id));

        var baseline = Enumerable.Range(1, 19).Select(i => i * 0.05)
            .Select(t => (Threshold: t, Score: ClusteringScorer.Score(gold, TfIdfBaseline.Cluster(analyses, t).Select((c, i) => (analyses[i].Article.Url, c.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(x => x.Url, x => x.Item2))))
            .MaxBy(x => x.Score.BCubedF1);

        var docsPerSecond = analyses.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{Path.GetFileName(path)}: {ours.Docs} docs, {ours.Stories} gold stories, shuffled with seed {seed}");
        Console.WriteLine($"{"system",-28} {"clusters",8} {"pair P",7} {"pair R",7} {"pair F1",7} {"B3 P",7} {"B3 R",7} {"B3 F1",7}");
        Print("newsdesk", ours);
        Print($"tf-idf baseline (t={baseline.Threshold:F2})", baseline.Score);
        Console.WriteLine($"newsdesk: {docsPerSecond:F0} docs/s (analysis + clustering, one thread)");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "clustering",
                docs = ours.Docs,
                stories = ours.Stories,
                clusters = ours.Clusters,
                pairwise_precision = Math.Round(ours.PairwisePrecision, 4),
                pairwise_recall = Math.Round(ours.PairwiseRecall, 4),
                pairwise_f1 = Math.Round(ours.PairwiseF1, 4),
                bcubed_precision = Math.Round(ours.BCubedPrecision, 4),
                bcubed_recall = Math.Round(ours.BCubedRecall, 4),
                bcubed_f1 = Math.Round(ours.BCubedF1, 4),
                docs_per_s = Math.Round(docsPerSecond, 1),
                baseline = new { name = "tfidf-single-pass", threshold = Math.Round(baseline.Threshold, 2), pairwise_f1 = Math.Round(baseline.Score.PairwiseF1, 4), bcubed_f1 = Math.Round(baseline.Score.BCubedF1, 4) },
            }));
        }

        return 0;
    }

    private static void Print(string name, ClusteringScore s) =>
        Console.WriteLine($"{name,-28} {s.Clusters,8} {s.PairwisePrecision,7:F4} {s.PairwiseRecall,7:F4} {s.PairwiseF1,7:F4} {s.BCubedPrecision,7:F4} {s.BCubedRecall,7:F4} {s.BCubedF1,7:F4}");
}
