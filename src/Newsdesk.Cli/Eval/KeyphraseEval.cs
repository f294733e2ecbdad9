using System.Diagnostics;
using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Scores the Text stage's key terms against a keyphrase set (DUC-2001 JSON lines or a KPCrowd folder): F1@5/@10/@15
/// by the published protocol, and documents per second for the whole analysis (sentences, terms, names, key terms) on
/// one thread, warm (see <see cref="MedianRate"/>). Figures are key terms for a reader but not key phrases, so they are not scored.
/// </summary>
internal static class KeyphraseEval
{
    private static readonly int[] Cutoffs = [5, 10, 15];

    public static int Run(string path, bool json)
    {
        var documents = KeyphraseDataset.Load(path);
        var articles = documents.Select(ToArticle).ToList();
        var background = BackgroundFrequencies.Count(articles.Select(a => TextAnalyzer.BackgroundStems(a, a.Language)));
        var predicted = articles.Select(a => (IReadOnlyList<string>)TextAnalyzer.Analyze(a, background).KeyTerms.Where(t => !t.IsFigure).Select(t => t.Term).ToList()).ToList();

        var docsPerSecond = MedianRate(articles);
        var pairs = predicted.Select((p, i) => (p, documents[i].Gold)).ToList();
        var scores = Cutoffs.Select(k => KeyphraseScorer.Score(pairs, k)).ToList();

        Console.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Gold.Count)} gold phrases; {docsPerSecond:F0} docs/s (full analysis, one thread)");
        Console.WriteLine($"{"cutoff",-8} {"precision",9} {"recall",9} {"f1",9}");
        foreach (var score in scores)
        {
            Console.WriteLine($"{"@" + score.K,-8} {score.Precision,9:F4} {score.Recall,9:F4} {score.F1,9:F4}");
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "keyphrases",
                docs = documents.Count,
                f1_at_5 = Math.Round(scores[0].F1, 4),
                f1_at_10 = Math.Round(scores[1].F1, 4),
                f1_at_15 = Math.Round(scores[2].F1, 4),
                docs_per_s = Math.Round(docsPerSecond, 1),
            }));
        }

        return 0;
    }

    /// <summary>Documents per second, warm: untimed passes for three seconds first (tiered JIT needs that long to
    /// settle on two cores: the first passes ran at half speed), then the median of timed passes (at least three, and
    /// at least two seconds in all).</summary>
    private static double MedianRate(List<Article> articles)
    {
        void Pass()
        {
            foreach (var article in articles)
            {
                TextAnalyzer.Analyze(article);
            }
        }

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            Pass();
        }

        var rates = new List<double>();
        var total = Stopwatch.StartNew();
        while (rates.Count < 3 || total.Elapsed < TimeSpan.FromSeconds(2))
        {
            var clock = Stopwatch.StartNew();
            Pass();
            rates.Add(articles.Count / clock.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return rates[rates.Count / 2];
    }

    private static Article ToArticle(KeyphraseDataset.Document document)
    {
        var paragraphs = document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Article { Url = "urn:eval:" + document.Id, Title = document.Title, Paragraphs = paragraphs, Language = "en" };
    }
}
