using System.Text.RegularExpressions;

namespace Newsdesk.Core.Eval;

/// <summary>
/// The scrapinghub article-extraction-benchmark protocol: lower-cased word tokens, multisets of overlapping
/// 4-token shingles, per-page precision and recall averaged over pages, F1 of the two averages.
/// </summary>
public static partial class ExtractionScorer
{
    public static (double Precision, double Recall) ScorePage(string? predicted, string? truth)
    {
        var predictedShingles = Shingles(predicted ?? "");
        var truthShingles = Shingles(truth ?? "");
        var predictedCount = predictedShingles.Values.Sum();
        var truthCount = truthShingles.Values.Sum();
        if (predictedCount == 0 && truthCount == 0)
        {
            return (1, 1);
        }

        if (predictedCount == 0)
        {
            return (1, 0);
        }

        var common = predictedShingles.Sum(kv => Math.Min(kv.Value, truthShingles.GetValueOrDefault(kv.Key)));
        return (common / (double)predictedCount, truthCount == 0 ? 0 : common / (double)truthCount);
    }

    public static ExtractionScore Score(IEnumerable<(string? Predicted, string? Truth)> pages)
    {
        var scores = pages.Select(p => ScorePage(p.Predicted, p.Truth)).ToList();
        var precision = scores.Count == 0 ? 0 : scores.Average(s => s.Precision);
        var recall = scores.Count == 0 ? 0 : scores.Average(s => s.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(scores.Count, precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}\p{Pc}]+")]
    private static partial Regex Token();
}
