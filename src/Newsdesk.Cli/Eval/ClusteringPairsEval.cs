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
        var clusterer = new StoryClusterer(new ClusterOptions());
        var rows = PairAgreement.Score(pairs.Select(p =>
            (p.Language1, p.Language2, p.Overall, JudgedSame: clusterer.Cluster([analyses[p.First.Id], analyses[p.Second.Id]], statistics).Count == 1)));

        Console.WriteLine($"{Path.GetFileName(path)}: {pairs.Count} English/German pairs, {analyses.Count} articles; same ≤ {PairAgreement.SameAtMost}, different ≥ {PairAgreement.DifferentAtLeast}");
        Console.WriteLine($"{"languages",-10} {"same",5} {"agreed",7} {"diff.",5} {"agreed",7} {"overall",7}");
        foreach (var row in rows.OrderBy(r => r.Languages, StringComparer.Ordinal))
        {
            Console.WriteLine($"{row.Languages,-10} {row.Same,5} {row.SameRate,7:F3} {row.Different,5} {row.DifferentRate,7:F3} {row.Rate,7:F3}");
        }

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
                }),
            }));
        }

        return 0;
    }
}
