using System.Text.Json;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// The same-story decision on annotated article pairs (SemEval-2022 Task 8): each English/German pair is clustered on
/// its own, with term and name weights from all the file's English and German articles, and the decision (one story
/// or two) is compared with the annotators' score, for en-en, de-de and en-de apart.
/// </summary>
internal static class ClusteringPairsEval
{
    private static readonly string[] Languages = ["en", "de"];

    public static int Run(string path, bool json)
    {
        var pairs = StoryPairDataset.Load(path).Where(p => Languages.Contains(p.Language1) && Languages.Contains(p.Language2)).ToList();
        var analyses = pairs.SelectMany(p => new[] { p.First, p.Second }).DistinctBy(a => a.Id)
            .ToDictionary(a => a.Id, a => TextAnalyzer.Analyze(a));
        var statistics = new CollectionStatistics(analyses.Values);
        var judged = pairs.Select(p => Judge(analyses[p.First.Id], analyses[p.Second.Id], statistics)).ToList();
        var rows = PairAgreement.Score(pairs.Select((p, i) => (p.Language1, p.Language2, p.Overall, judged[i].Same)));
        var ceiling = PairAgreement.BestBars(pairs.Select((p, i) => (p.Language1, p.Language2, p.Overall, judged[i].Similarity)).ToList());

        Console.WriteLine($"{Path.GetFileName(path)}: {pairs.Count} English/German pairs, {analyses.Count} articles; same ≤ {PairAgreement.SameAtMost}, different ≥ {PairAgreement.DifferentAtLeast}");
        Console.WriteLine($"{"languages",-10} {"same",5} {"agreed",7} {"diff.",5} {"agreed",7} {"overall",7}   {"best bar (chosen on this file)",-30}");
        foreach (var row in rows.OrderBy(r => r.Languages, StringComparer.Ordinal))
        {
            var (bar, agreement) = ceiling[row.Languages];
            Console.WriteLine($"{row.Languages,-10} {row.Same,5} {row.SameRate,7:F3} {row.Different,5} {row.DifferentRate,7:F3} {row.Rate,7:F3}   ×{bar:F2} → {agreement:F3}");
        }

        Console.WriteLine("best bar: the similarity's own bar times the factor at which most pairs of this file would agree — the most a bar can give.");

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "clustering-pairs",
                pairs = pairs.Count,
                languages = rows.OrderBy(r => r.Languages, StringComparer.Ordinal).ToDictionary(r => r.Languages, r => new
                {
                    same = r.Same,
                    same_agreement = Math.Round(r.SameRate, 4),
                    different = r.Different,
                    different_agreement = Math.Round(r.DifferentRate, 4),
                    agreement = Math.Round(r.Rate, 4),
                    best_bar = new { factor = ceiling[r.Languages].Bar, agreement = Math.Round(ceiling[r.Languages].Agreement, 4) },
                }),
            }));
        }

        return 0;
    }

    /// <summary>The pair as the product would see it: the first article placed, then the second; also how strongly the
    /// second would join the first's story (1 = the bar).</summary>
    private static (bool Same, double Similarity) Judge(ArticleAnalysis first, ArticleAnalysis second, CollectionStatistics statistics)
    {
        var stream = new StoryStream(new ClusterOptions(), statistics);
        stream.Place(first);
        var similarity = stream.Strongest(second);
        return (stream.Place(second) == 0, similarity);
    }
}
